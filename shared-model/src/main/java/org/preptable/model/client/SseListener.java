package org.preptable.model.client;

/** Receives what an {@link SseParser} finds, on the thread that feeds the parser. */
public interface SseListener {

    void onEvent(SseEvent event);

    /**
     * A comment line ({@code :…}). The gateway sends one every 2 s as a heartbeat, so the kiosk
     * counts any comment as proof the stream is alive even when the kitchen is quiet.
     */
    default void onHeartbeat(String comment) {
    }

    /** The server asked for a new reconnection delay. */
    default void onRetry(long millis) {
    }
}
