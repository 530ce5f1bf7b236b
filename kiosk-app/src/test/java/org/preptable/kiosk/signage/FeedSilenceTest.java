package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.preptable.kiosk.signage.FakeSignageGateway.Answer;
import org.preptable.kiosk.testing.Await;
import org.preptable.model.Json;
import org.preptable.model.client.BoardModel;
import org.preptable.model.client.KioskClient;
import org.preptable.model.client.OrderFeed;

/**
 * A stream that goes quiet without closing (a pulled cable somewhere between kiosk and gateway) is given up after
 * the silence limit and opened again from the last event, so the screen does not wait forever on a dead socket.
 * The fake gateway's stream says hello once and then nothing, not even heartbeats.
 */
class FeedSilenceTest {

    @Test
    void aSilentStreamIsReopenedAndEventsFlowAgain() throws Exception {
        try (FakeSignageGateway gateway = FakeSignageGateway.start(new Answer(404, "{}"))) {
            KioskClient client = new KioskClient(URI.create(gateway.baseUrl()));
            client.signIn("kiosk-token");
            BoardModel board = new BoardModel();
            List<String> statuses = new CopyOnWriteArrayList<>();
            try (OrderFeed feed = new OrderFeed(client, board, Duration.ofMillis(50), statuses::add)) {
                feed.silenceLimit(Duration.ofMillis(400));
                feed.start();
                Await.until("the silent stream to be reopened twice", Duration.ofSeconds(10),
                        () -> gateway.eventStreams() >= 3);
                gateway.push("order.created", Json.write(SampleMenus.order("o1", "141", "queued", Instant.now(),
                        Instant.now())));
                Await.until("the order to arrive on a reopened stream", Duration.ofSeconds(10),
                        () -> board.orders().size() == 1);
                assertThat(board.orders().get(0).number()).isEqualTo("141");
                assertThat(statuses).contains("live");
            }
        }
    }
}
