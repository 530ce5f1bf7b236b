package org.preptable.gateway.kds.handoff;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.PeriodicRounds;
import org.preptable.model.saavor.SaavorSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to {@code PREPTABLE_SAAVOR_URL}: signed like Saavor's own webhooks, retried with exponential
 * backoff (base doubling, at most 5 minutes apart) until Saavor answers 2xx. Without a URL, messages wait.
 */
public final class OutboxWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int BATCH = 20;

    private final Vertx vertx;
    private final Db db;
    private final Outbox outbox;
    private final Optional<String> saavorUrl;
    private final String secret;
    private final Duration backoffBase;
    private HttpClient http;
    private PeriodicRounds rounds;

    public OutboxWorker(Vertx vertx, Db db, Outbox outbox, Optional<String> saavorUrl, String secret,
                        Duration backoffBase) {
        this.vertx = vertx;
        this.db = db;
        this.outbox = outbox;
        this.saavorUrl = saavorUrl;
        this.secret = secret;
        this.backoffBase = backoffBase;
    }

    public void start(Duration every) {
        if (saavorUrl.isEmpty()) {
            LOG.info("PREPTABLE_SAAVOR_URL is not set: hand-offs to Saavor are queued until it is");
            return;
        }
        http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000));
        rounds = PeriodicRounds.start(vertx, every, LOG, "Outbox delivery", this::deliverDue);
    }

    private void deliverDue() {
        boolean more = true;
        while (more) {
            more = db.tx(tx -> {
                List<Outbox.Message> due = outbox.claimDue(tx, BATCH);
                for (Outbox.Message message : due) {
                    String error = post(message.body());
                    if (error == null) {
                        outbox.delivered(tx, message.id());
                    } else {
                        Duration wait = backoff(message.attempts());
                        outbox.failed(tx, message.id(), error, wait);
                        LOG.warn("Saavor hand-off {} failed ({}); retrying in {} ms", message.id(), error,
                                wait.toMillis());
                    }
                }
                return due.size() == BATCH;
            });
        }
    }

    /** Null when Saavor accepted the message, else why not. */
    private String post(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            var request = http.request(new RequestOptions().setMethod(HttpMethod.POST)
                    .setAbsoluteURI(saavorUrl.orElseThrow()).setTimeout(10_000)
                    .putHeader("Content-Type", "application/json")
                    .putHeader(SaavorSignature.HEADER, SaavorSignature.sign(secret, bytes))).await();
            var response = request.send(Buffer.buffer(bytes)).await();
            response.body().await();
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (Exception e) { // await() rethrows checked causes such as ConnectException unchanged
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    Duration backoff(int attemptsSoFar) {
        long millis = backoffBase.toMillis() << Math.min(attemptsSoFar, 20);
        return millis > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(millis);
    }

    @Override
    public void close() {
        if (rounds != null) {
            rounds.close();
        }
        if (http != null) {
            http.close();
        }
    }
}
