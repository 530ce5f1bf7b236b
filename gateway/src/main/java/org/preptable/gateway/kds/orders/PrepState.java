package org.preptable.gateway.kds.orders;

import java.util.Arrays;
import java.util.Optional;

/**
 * An order's prep state (DESIGN.md §3): {@code queued → preparing → ready} by kitchen screens, one way, with
 * {@code queued → ready} for one-touch stations; {@code fulfilled} and {@code voided} come only from Saavor;
 * {@code expired} only from the gateway itself, for an order left on the screens longer than the configured age
 * ({@link OrderExpiry}). Saavor may still fulfil or void an expired order; nothing brings it back to the screens.
 */
public enum PrepState {
    QUEUED, PREPARING, READY, FULFILLED, VOIDED, EXPIRED;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<PrepState> parse(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(state -> state.wire().equals(name.trim().toLowerCase())).findFirst();
    }

    /** Still on the screens. */
    public boolean active() {
        return this == QUEUED || this == PREPARING || this == READY;
    }

    /** Whether a kitchen screen may move an order from this state to {@code next}. */
    public boolean screenMayMoveTo(PrepState next) {
        return switch (this) {
            case QUEUED -> next == PREPARING || next == READY;
            case PREPARING -> next == READY;
            default -> false;
        };
    }
}
