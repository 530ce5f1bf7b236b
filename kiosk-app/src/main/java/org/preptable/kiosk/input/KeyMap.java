package org.preptable.kiosk.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;

/**
 * Which JavaFX key does which {@link KioskAction}, for keyboards and USB bump bars in keyboard mode.
 *
 * <p>The default is a 10-key layout: 1–9 and 0 (top row or numpad) select the tickets in slots 1–10, arrows move, Enter/Space bump,
 * Backspace/Delete/U undo, R recall, S summary, Page Up/Down page, numpad * or F rush. A config line
 * {@code input.keys.<action> = KEY[,KEY…]} replaces that action's keys (JavaFX {@link KeyCode} names,
 * case-insensitive); an empty value unbinds the action.
 */
public final class KeyMap {

    public static final String PREFIX = "input.keys.";

    private static final Map<KioskAction, List<KeyCode>> DEFAULTS = defaultBindings();

    private final Map<KioskAction, List<KeyCode>> bindings;
    private final Map<KeyCode, KioskAction> byKey = new HashMap<>();

    private KeyMap(Map<KioskAction, List<KeyCode>> bindings) {
        EnumMap<KioskAction, List<KeyCode>> copy = new EnumMap<>(KioskAction.class);
        for (KioskAction action : KioskAction.values()) {
            List<KeyCode> keys = List.copyOf(bindings.getOrDefault(action, List.of()));
            copy.put(action, keys);
            // First action wins on a clash; from(...) has already reported the clash as a problem.
            keys.forEach(key -> byKey.putIfAbsent(key, action));
        }
        this.bindings = Collections.unmodifiableMap(copy);
    }

    public static KeyMap defaults() {
        return new KeyMap(DEFAULTS);
    }

    /**
     * The defaults with every {@code input.keys.*} property applied. Bad names, unknown keys and a key bound to
     * two actions are appended to {@code problems}; the map returned then skips the bad entries.
     */
    public static KeyMap from(Properties properties, List<String> problems) {
        EnumMap<KioskAction, List<KeyCode>> bindings = new EnumMap<>(DEFAULTS);
        Map<KioskAction, String> setBy = new EnumMap<>(KioskAction.class);
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String actionName = name.substring(PREFIX.length());
            Optional<KioskAction> action = KioskAction.parse(actionName);
            if (action.isEmpty()) {
                problems.add(name + ": unknown action '" + actionName + "' (actions: " + KioskAction.knownNames() + ")");
                continue;
            }
            String earlier = setBy.putIfAbsent(action.get(), name);
            if (earlier != null) {
                problems.add(earlier + " and " + name + " both set the keys for " + action.get()
                        + "; keep one of them");
                continue;
            }
            bindings.put(action.get(), parseKeys(name, properties.getProperty(name), problems));
        }
        reportKeysOnTwoActions(bindings, setBy, problems);
        return new KeyMap(bindings);
    }

    public Optional<KioskAction> actionFor(KeyCode key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The keys bound to an action, in config order; empty when the action is unbound. */
    public List<KeyCode> keysFor(KioskAction action) {
        return bindings.get(action);
    }

    /** A copy with an action's keys replaced; the caller keeps keys unique across actions. */
    KeyMap withKeys(KioskAction action, List<KeyCode> keys) {
        EnumMap<KioskAction, List<KeyCode>> copy = new EnumMap<>(bindings);
        copy.put(action, keys);
        return new KeyMap(copy);
    }

    /**
     * What a ticket shows as the key of each select action, slot 1 first: the first key bound to it, digits without
     * their DIGIT/NUMPAD prefix ("1", "0", "F3"); "" for an unbound slot. With the defaults: 1–9, then 0.
     */
    public List<String> selectKeyLabels() {
        List<String> labels = new ArrayList<>();
        for (int slot = 1; slot <= KioskAction.SLOTS; slot++) {
            List<KeyCode> keys = keysFor(KioskAction.select(slot));
            labels.add(keys.isEmpty() ? "" : label(keys.get(0)));
        }
        return labels;
    }

    private static String label(KeyCode key) {
        String name = key.name();
        if (name.matches("(DIGIT|NUMPAD)[0-9]")) {
            return name.substring(name.length() - 1);
        }
        return key.getName();
    }

    public static String propertyName(KioskAction action) {
        return PREFIX + action.configName();
    }

    /** The line that binds an action's current keys, as it would be saved in the config file. */
    public String configLine(KioskAction action) {
        return propertyName(action) + " = " + keysFor(action).stream().map(KeyCode::name).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyMap other && bindings.equals(other.bindings);
    }

    @Override
    public int hashCode() {
        return bindings.hashCode();
    }

    @Override
    public String toString() {
        return "KeyMap" + bindings;
    }

    private static List<KeyCode> parseKeys(String property, String value, List<String> problems) {
        Set<KeyCode> keys = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            parseKey(name).ifPresentOrElse(keys::add, () -> problems.add(property + ": unknown key '" + name
                    + "' (use JavaFX KeyCode names such as ENTER, SPACE, F5, DIGIT1, NUMPAD1, PAGE_UP, BACK_SPACE)"));
        }
        return new ArrayList<>(keys);
    }

    static Optional<KeyCode> parseKey(String name) {
        try {
            KeyCode key = KeyCode.valueOf(name.strip().toUpperCase(Locale.ROOT));
            return key == KeyCode.UNDEFINED ? Optional.empty() : Optional.of(key);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void reportKeysOnTwoActions(Map<KioskAction, List<KeyCode>> bindings,
            Map<KioskAction, String> setBy, List<String> problems) {
        Map<KeyCode, KioskAction> owner = new HashMap<>();
        for (KioskAction action : KioskAction.values()) {
            for (KeyCode key : bindings.get(action)) {
                KioskAction first = owner.putIfAbsent(key, action);
                if (first != null) {
                    problems.add("key " + key + " is mapped to both " + origin(first, setBy) + " and "
                            + origin(action, setBy) + "; a key can do only one thing");
                }
            }
        }
    }

    // Says where a binding came from, because a clash with a default is only fixable by setting that action too.
    private static String origin(KioskAction action, Map<KioskAction, String> setBy) {
        String property = setBy.get(action);
        return property != null
                ? action + " (" + property + ")"
                : action + " (its default; set " + propertyName(action) + " to move it)";
    }

    private static Map<KioskAction, List<KeyCode>> defaultBindings() {
        EnumMap<KioskAction, List<KeyCode>> map = new EnumMap<>(KioskAction.class);
        for (int slot = 1; slot <= KioskAction.SLOTS; slot++) {
            int digit = slot % 10; // slot 10 is the 0 key, last on the top row as on a bump bar
            map.put(KioskAction.select(slot), List.of(KeyCode.valueOf("DIGIT" + digit), KeyCode.valueOf("NUMPAD" + digit)));
        }
        // KP_* are the numpad arrows with Num Lock off, so a numpad-only bump bar can still move the cursor.
        map.put(KioskAction.NEXT, List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.KP_RIGHT, KeyCode.KP_DOWN));
        map.put(KioskAction.PREVIOUS, List.of(KeyCode.LEFT, KeyCode.UP, KeyCode.KP_LEFT, KeyCode.KP_UP));
        map.put(KioskAction.BUMP, List.of(KeyCode.ENTER, KeyCode.SPACE));
        map.put(KioskAction.UNDO, List.of(KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.U));
        map.put(KioskAction.RECALL, List.of(KeyCode.R));
        map.put(KioskAction.SUMMARY, List.of(KeyCode.S));
        map.put(KioskAction.PAGE_UP, List.of(KeyCode.PAGE_UP));
        map.put(KioskAction.PAGE_DOWN, List.of(KeyCode.PAGE_DOWN));
        // The numpad's * is on every 10-key bump bar in keyboard mode; F ("fire first") on a full keyboard.
        map.put(KioskAction.RUSH, List.of(KeyCode.MULTIPLY, KeyCode.F));
        return Collections.unmodifiableMap(map);
    }
}
