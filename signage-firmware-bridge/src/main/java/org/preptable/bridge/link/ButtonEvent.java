package org.preptable.bridge.link;

/** A button on the board went down (pressed) or up (released): the board's {@code BTN <id> DOWN|UP}. */
public record ButtonEvent(String id, boolean down) {
}
