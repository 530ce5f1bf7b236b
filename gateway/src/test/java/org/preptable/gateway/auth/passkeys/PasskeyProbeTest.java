package org.preptable.gateway.auth.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.PasskeyBrowser;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class PasskeyProbeTest {
    @Test
    void probe(TestGateway gateway, ApiClient api) {
        ApiClient raw = api.unchecked();
        ApiClient admin = raw.as(api.admin());
        var inv = admin.post("/admin/invitations", Map.of("email", "probe@kitchen.com", "role", "staff"));
        System.out.println("INV " + inv.status() + " " + inv.body());
        String token = inv.json().get("token").asText();
        System.out.println("GET " + raw.get("/auth/invitations/" + token).body());
        var options = raw.post("/auth/register/options", Map.of("token", token, "first_name", "Pro", "last_name", "Be"));
        System.out.println("OPTS " + options.status() + " " + options.body());
        PasskeyBrowser browser = new PasskeyBrowser("http://localhost:" + gateway.gateway().port());
        var verified = raw.post("/auth/register/verify", browser.create(options.json()));
        System.out.println("VERIFY " + verified.status() + " " + verified.body() + " " + verified.header("Set-Cookie"));
        var login = raw.post("/auth/login/options", Map.of());
        System.out.println("LOGIN " + login.status() + " " + login.body());
        var in = raw.post("/auth/login/verify", browser.get(login.json()));
        System.out.println("IN " + in.status() + " " + in.body());
        System.out.println("NOTICES " + gateway.gateway().notices());
        assertThat(in.status()).isEqualTo(200);
    }
}
