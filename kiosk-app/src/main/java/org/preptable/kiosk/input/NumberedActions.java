package org.preptable.kiosk.input;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a config value that maps numbers to actions, {@code 17:BUMP, 27:RECALL}: GPIO pins and serial bytes are
 * written the same way. Each bad entry adds a problem and is skipped; a number listed twice keeps its first action.
 */
final class NumberedActions {

    /**
     * How one kind of number is read and talked about in problems.
     *
     * @param notANumber what follows {@code '<text>' } in the problem for a bad number, e.g. "is not a byte; …"
     */
    record Kind(Function<String, Optional<Integer>> parse, String notANumber, Twice twice) {
    }

    /** The problem (without the key) for a number given two actions. */
    @FunctionalInterface
    interface Twice {
        String describe(int number, KioskAction first, KioskAction second);
    }

    private NumberedActions() {
    }

    /** @param example a well-formed entry with a word on its parts, e.g. {@code 17:BUMP (BCM pin:action)} */
    static TreeMap<Integer, KioskAction> parse(String key, String value, String example, Kind kind,
            List<String> problems) {
        TreeMap<Integer, KioskAction> map = new TreeMap<>();
        for (String item : value.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                problems.add(key + ": entry '" + entry + "' must look like " + example);
                continue;
            }
            String numberText = entry.substring(0, colon).strip();
            String actionText = entry.substring(colon + 1).strip();
            Optional<Integer> number = kind.parse().apply(numberText);
            Optional<KioskAction> action = KioskAction.parse(actionText);
            if (number.isEmpty()) {
                problems.add(key + ": '" + numberText + "' " + kind.notANumber());
            }
            if (action.isEmpty()) {
                problems.add(key + ": unknown action '" + actionText + "' (actions: " + KioskAction.knownNames() + ")");
            }
            if (number.isEmpty() || action.isEmpty()) {
                continue;
            }
            KioskAction earlier = map.putIfAbsent(number.get(), action.get());
            if (earlier != null) {
                problems.add(key + ": " + kind.twice().describe(number.get(), earlier, action.get()));
            }
        }
        return map;
    }
}
