package org.preptable.kiosk.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.preptable.kiosk.board.ScreenBump;
import org.preptable.model.kds.KitchenOrder;

/**
 * What the kitchen screen asks of the world outside it. {@link #send} must return quickly (the bump is stored and
 * sent elsewhere); the other calls run off the FX thread and complete their futures there or anywhere (the screen
 * hands results back to the FX thread itself).
 */
@FunctionalInterface
public interface ScreenBackend {

    /** A bump whose hold has passed, a clear, or a rush toggle: store durably and send in order. */
    void send(ScreenBump bump);

    /**
     * The location's last cleared orders, newest first; empty when the gateway keeps no such list (a gateway from
     * before recall), so the screen shows its own last bumps instead.
     */
    default CompletableFuture<Optional<List<KitchenOrder>>> clearedOrders() {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** Brings a cleared order back to the screens; completes with the gateway's answer. */
    default CompletableFuture<Answer> recall(KitchenOrder order) {
        return CompletableFuture.completedFuture(new Answer(404, "this gateway cannot bring orders back"));
    }

    /** An HTTP status and, when it is not 200, what went wrong in words. */
    record Answer(int status, String message) {
        public boolean ok() {
            return status == 200;
        }
    }
}
