package org.preptable.model.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Asks the gateway whether it is up ({@code GET /healthz}) before the kiosk signs in, so the screen can say
 * "gateway unreachable at …" instead of failing somewhere deeper.
 */
public final class GatewayProbe {

    /** The answer, with a sentence fit for the kiosk's status line. */
    public record Result(boolean reachable, String message) {
    }

    private final HttpClient http;
    private final Duration timeout;

    public GatewayProbe(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Result probe(URI gatewayUrl) {
        URI health = gatewayUrl.resolve("/healthz");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().trim().equals("ok")) {
                return new Result(true, "Gateway reachable at " + gatewayUrl);
            }
            return new Result(false, "Gateway at " + gatewayUrl + " answered " + response.statusCode()
                    + "; is gateway.url pointing at a PrepTable gateway?");
        } catch (ConnectException e) {
            return new Result(false, "Cannot reach the gateway at " + gatewayUrl
                    + "; check that it runs and that gateway.url is right");
        } catch (HttpTimeoutException e) {
            return new Result(false, "The gateway at " + gatewayUrl + " did not answer within "
                    + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return new Result(false, "Cannot reach the gateway at " + gatewayUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "Interrupted while checking the gateway");
        }
    }
}
