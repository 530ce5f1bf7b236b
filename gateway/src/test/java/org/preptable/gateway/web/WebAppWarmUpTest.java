package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** The start-up warm-up reaches every part of the app a browser loads: the page, the shell, lit and every screen. */
@ExtendWith(GatewayExtension.class)
class WebAppWarmUpTest {

    @Test
    void theWarmUpLoadsThePageTheShellLitAndEveryScreensModule(TestGateway gateway) throws Exception {
        Set<String> served = WebAppWarmUp.run(gateway.baseUrl());
        assertThat(served).contains("/", "/app/app.css", "/app/main.js", "/app/components/shell.js",
                "/app/routes.js", "/app/pages/today-page.js", "/app/pages/planner-page.js",
                "/app/pages/kds-page.js", "/app/kds/ticket.js", "/app/kds/kds.css");
        assertThat(served).anyMatch(path -> path.startsWith("/webjars/lit/") && path.endsWith("/index.js"));
        // reached only through the import map (bare specifiers), with their own relative imports
        assertThat(served).anyMatch(path -> path.startsWith("/webjars/chart.js/") && path.endsWith("/dist/chart.js"));
        assertThat(served).anyMatch(path -> path.endsWith("/dist/chunks/helpers.dataset.js"));
        assertThat(served).anyMatch(path -> path.startsWith("/webjars/kurkle__color/"));
        assertThat(served).allMatch(path -> path.equals("/") || path.startsWith("/app/")
                || path.startsWith("/webjars/"));
    }

    @Test
    void referencesResolveAgainstTheirFileAndStayInsideTheApp() {
        assertThat(WebAppWarmUp.resolve("/app/pages/kds-page.js", "../kds/board.js")).isEqualTo("/app/kds/board.js");
        assertThat(WebAppWarmUp.resolve("/app/main.js", "./router.js")).isEqualTo("/app/router.js");
        assertThat(WebAppWarmUp.resolve("/app/routes.js", "/app/pages/x.js")).isEqualTo("/app/pages/x.js");
        assertThat(WebAppWarmUp.resolve("/", "https://elsewhere.example/x.js")).isNull();
        assertThat(WebAppWarmUp.resolve("/app/a.js", "../../etc/x.js")).isNull();
        assertThat(WebAppWarmUp.origin("0.0.0.0", 8080)).isEqualTo("http://127.0.0.1:8080");
        assertThat(WebAppWarmUp.origin("::1", 8080)).isEqualTo("http://[::1]:8080");
    }
}
