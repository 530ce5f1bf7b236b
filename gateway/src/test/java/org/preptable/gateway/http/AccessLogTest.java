package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.slf4j.LoggerFactory;

/** The access log says when a client went away before its answer, instead of logging the answer's status. */
@ExtendWith(GatewayExtension.class)
class AccessLogTest {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger("preptable.access");
    private ch.qos.logback.classic.Level level;

    @BeforeEach
    void listen() {
        lines.start();
        level = log.getLevel();
        log.setLevel(ch.qos.logback.classic.Level.INFO); // the tests' logback config keeps the access log quiet
        log.addAppender(lines);
    }

    @AfterEach
    void stop() {
        log.detachAppender(lines);
        log.setLevel(level);
    }

    @Test
    void aStreamTheClientClosesIsLoggedAsAbandonedAndAnAnsweredRequestWithItsStatus(TestGateway gateway, ApiClient api)
            throws Exception {
        var kitchen = KdsFixtures.kitchen(api);
        String token = api.admin().token();
        String path = "/api/v1/locations/" + kitchen.locationId() + "/events";
        try (Socket socket = new Socket("127.0.0.1", gateway.gateway().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        }
        assertThat(api.as(api.admin()).get("/locations/" + kitchen.locationId()).status()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String answered = "GET /api/v1/locations/" + kitchen.locationId() + " 200 ";
        // poll for both lines: each is written when its request ends, which may be after the client has its answer
        while ((abandoned(path).isEmpty() || messages().stream().noneMatch(line -> line.startsWith(answered)))
                && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        assertThat(abandoned(path)).hasSize(1);
        assertThat(messages().stream().filter(line -> line.startsWith("GET " + path + " 200")).toList())
                .as("the stream was never answered in full").isEmpty();
        assertThat(messages()).anyMatch(line -> line.startsWith(answered));
    }

    @Test
    void invitationTokensInAPathAreMasked(TestGateway gateway, ApiClient api) throws Exception {
        String token = "InvitationTokenThatMustNotBeLogged_0123456789";
        assertThat(api.get("/auth/invitations/" + token).status()).isEqualTo(404);
        var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(gateway.baseUrl() + "/invite/" + token)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (messages().stream().noneMatch(line -> line.startsWith("GET /invite/")) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        assertThat(messages()).anyMatch(line -> line.startsWith("GET /api/v1/auth/invitations/*** 404 "))
                .anyMatch(line -> line.startsWith("GET /invite/*** 200 "))
                .noneMatch(line -> line.contains(token));
    }

    private List<String> abandoned(String path) {
        return messages().stream().filter(line -> line.startsWith("GET " + path + " abandoned ")).toList();
    }

    private List<String> messages() {
        synchronized (lines.list) {
            return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
