package org.preptable.bridge.signals;

import org.preptable.bridge.link.BoardDisplay;
import org.preptable.bridge.link.LampState;

/**
 * Mirrors the lamps and the buzzer to the serial board ({@code LAMP new|ready ON|OFF|BLINK}, {@code BEEP <ms>}), for
 * boards that have them. {@link BoardDisplay} keeps the lamps and sends them again after a reconnect; a beep while
 * the board is away is dropped, since a late beep means nothing.
 */
public final class BoardIndicators implements Indicators {

    private final BoardDisplay display;

    public BoardIndicators(BoardDisplay display) {
        this.display = display;
    }

    @Override
    public void lamp(Lamp lamp, LampState state) {
        display.lamp(lamp.id(), state);
    }

    @Override
    public void beep(int ms) {
        display.beep(ms);
    }
}
