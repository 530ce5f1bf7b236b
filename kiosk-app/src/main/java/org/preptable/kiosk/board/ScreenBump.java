package org.preptable.kiosk.board;

import java.util.Objects;
import org.preptable.model.kds.KitchenOrder;

/**
 * Something a screen asks the gateway to do to an order, once its hold (if any) has passed: move it ({@code
 * TRANSITION}, to {@code preparing} or {@code ready}, for one station or the whole order), clear it ({@code CLEAR},
 * expo's hand-off of a ready order) or set its priority ({@code PRIORITY}, to {@code rush} or {@code normal}).
 *
 * @param order              the order as the screen showed it (its {@code prepState} is the {@code from} of a move)
 * @param to                 the state or priority asked for
 * @param stationId          the station whose part moves, or null for the whole order (expo)
 * @param allergensConfirmed the cook confirmed the ticket's allergens on screen before this move to ready
 */
public record ScreenBump(Kind kind, KitchenOrder order, String to, Long stationId, boolean allergensConfirmed) {

    /** What the bump does at the gateway. */
    public enum Kind { TRANSITION, CLEAR, PRIORITY }

    public ScreenBump {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(to, "to");
    }
}
