package org.preptable.bridge.signals;

import java.util.List;
import org.preptable.bridge.link.LampState;

/**
 * Where lamp states and buzzer pulses go: GPIO outputs, the serial board's {@code LAMP}/{@code BEEP}, or both.
 * Callers state what a lamp should do; implementations only act on changes and must not block.
 */
public interface Indicators {

    void lamp(Lamp lamp, LampState state);

    /** One buzzer pulse of {@code ms} milliseconds; a new pulse while one sounds restarts it. */
    void beep(int ms);

    /** Every one of {@code targets}, in order. */
    static Indicators all(List<Indicators> targets) {
        List<Indicators> copy = List.copyOf(targets);
        return new Indicators() {
            @Override
            public void lamp(Lamp lamp, LampState state) {
                copy.forEach(target -> target.lamp(lamp, state));
            }

            @Override
            public void beep(int ms) {
                copy.forEach(target -> target.beep(ms));
            }
        };
    }
}
