package org.preptable.bridge.config;

import org.preptable.model.device.Settings;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.preptable.bridge.link.BoardLink;

/**
 * How the counter behaves, beyond the wiring:
 * <pre>
 * board.slots          = 6      (use at most this many of the board's slots; default: all it reports in HELLO)
 * board.lamps          = true   (mirror the lamps and buzzer to the board: LAMP new|ready …, BEEP …)
 * board.button.handoff = 1      (the board's own buttons, by the id in its BTN frames; each optional)
 * board.button.runner  = 2
 * board.button.recall  = 3
 * buzzer.ready-ms      = 250    (pulse when an order becomes ready)
 * buzzer.runner-ms     = 1000   (pulse when a runner is called)
 * runner.blink-seconds = 10     (how long the ready lamp blinks for a runner call)
 * recall.seconds       = 30     (how long a recalled number stays up)
 * </pre>
 */
public record CounterSettings(OptionalInt slotLimit, boolean mirrorToBoard, Map<String, ButtonAction> boardButtons,
        int readyBeepMs, int runnerBeepMs, Duration runnerBlink, Duration recallFor) {

    public static final String SLOTS = "board.slots";
    public static final String LAMPS = "board.lamps";
    public static final String READY_BEEP_MS = "buzzer.ready-ms";
    public static final String RUNNER_BEEP_MS = "buzzer.runner-ms";
    public static final String RUNNER_BLINK_SECONDS = "runner.blink-seconds";
    public static final String RECALL_SECONDS = "recall.seconds";

    public static final CounterSettings DEFAULTS = new CounterSettings(OptionalInt.empty(), true, Map.of(), 250, 1_000,
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    public CounterSettings {
        boardButtons = Collections.unmodifiableMap(new HashMap<>(boardButtons));
    }

    public static String boardButtonKey(ButtonAction action) {
        return "board.button." + action.configName();
    }

    /** Reads the keys above, appending every mistake to {@code problems}. */
    public static CounterSettings from(Properties properties, List<String> problems) {
        OptionalInt slots = Settings.optionalIntIn(properties, SLOTS, 1, BoardLink.MAX_SLOTS, 8, problems);
        boolean mirror = Settings.bool(properties, LAMPS, DEFAULTS.mirrorToBoard(), problems);
        Map<String, ButtonAction> buttons = new HashMap<>();
        for (ButtonAction action : ButtonAction.values()) {
            String key = boardButtonKey(action);
            String id = Settings.value(properties, key);
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("[!-)+-~]{1,32}")) {
                problems.add(key + " must be a board button id as in its BTN frames (e.g. 1), printable without"
                        + " spaces or '*', was '" + id + "'");
            } else if (buttons.containsKey(id)) {
                problems.add(key + " uses board button " + id + ", which "
                        + boardButtonKey(buttons.get(id)) + " already uses");
            } else {
                buttons.put(id, action);
            }
        }
        int readyBeep = Settings.intIn(properties, READY_BEEP_MS, 1, BoardLink.MAX_BEEP_MS, DEFAULTS.readyBeepMs(),
                problems);
        int runnerBeep = Settings.intIn(properties, RUNNER_BEEP_MS, 1, BoardLink.MAX_BEEP_MS, DEFAULTS.runnerBeepMs(),
                problems);
        int blink = Settings.intIn(properties, RUNNER_BLINK_SECONDS, 1, 600,
                (int) DEFAULTS.runnerBlink().toSeconds(), problems);
        int recall = Settings.intIn(properties, RECALL_SECONDS, 1, 600, (int) DEFAULTS.recallFor().toSeconds(),
                problems);
        return new CounterSettings(slots, mirror, buttons, readyBeep, runnerBeep, Duration.ofSeconds(blink),
                Duration.ofSeconds(recall));
    }
}
