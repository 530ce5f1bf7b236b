package org.preptable.bridge.link;

/** Whether the board is there. Listeners hear every change; {@link Up} is heard again when the board restarts. */
public sealed interface LinkState {

    boolean isUp();

    /** The HELLO handshake succeeded: the board's firmware version and how many text slots it has. */
    record Up(String firmware, int slots) implements LinkState {
        @Override
        public boolean isUp() {
            return true;
        }
    }

    /** No working board; {@code reason} says why, for logs and a status screen. */
    record Down(String reason) implements LinkState {
        @Override
        public boolean isUp() {
            return false;
        }
    }
}
