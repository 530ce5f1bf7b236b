package org.preptable.kiosk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Platform;
import org.preptable.kiosk.board.BoardModel;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.net.KioskClient;
import org.preptable.kiosk.net.OrderFeed;
import org.preptable.kiosk.ui.KioskScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed-in kiosk: the gateway client, the live board and the screen, wired so that every board change and
 * connection status reaches the FX thread, and every bump goes back to the gateway.
 */
public final class KioskSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskSession.class);

    private final KioskScreen screen;
    private final OrderFeed feed;

    private KioskSession(KioskScreen screen, OrderFeed feed) {
        this.screen = screen;
        this.feed = feed;
    }

    /** Signs in (blocking: call it off the FX thread) and returns a session whose screen is not yet live. */
    public static KioskSession open(KioskConfig config, Clock clock) throws IOException, InterruptedException {
        KioskClient client = new KioskClient(config.gatewayUrl());
        KioskClient.SignIn signIn = client.signIn(config.kioskToken());
        KioskScreen screen = new KioskScreen(signIn.locationName(), clock, (order, next) -> {
            try {
                int status = client.transition(order.id(), order.prepState(), next);
                if (status != 200) {
                    // 409: another screen moved it first; the event stream brings the truth
                    LOG.info("Bump of order {} answered {}", order.number(), status);
                }
            } catch (IOException | InterruptedException e) {
                LOG.warn("Bump of order {} failed: {}", order.number(), e.toString());
            }
        });
        BoardModel board = new BoardModel();
        board.onChange(orders -> Platform.runLater(() -> screen.showOrders(orders)));
        OrderFeed feed = new OrderFeed(client, board, Duration.ofSeconds(2),
                status -> Platform.runLater(() -> screen.showStatus(status)));
        return new KioskSession(screen, feed);
    }

    public KioskScreen screen() {
        return screen;
    }

    /** Starts following the location's orders. */
    public void start() {
        feed.start();
    }

    @Override
    public void close() {
        feed.close();
    }
}
