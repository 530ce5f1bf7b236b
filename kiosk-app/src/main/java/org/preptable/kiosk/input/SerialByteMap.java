package org.preptable.kiosk.input;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which byte from a serial bump bar does which {@link KioskAction}; serial bump bars send one byte per key.
 *
 * <p>Config form: {@code input.serial.map = 0x31:SELECT_1, 0x0D:BUMP, …} — bytes as {@code 0x..} hex or decimal
 * 0–255, actions case-insensitive with {@code _} or {@code -}. A configured map replaces the whole default
 * (bump bars differ too much for a partial overlay to be safe). The default follows the 10-key keyboard layout
 * in ASCII:
 * <ul>
 *   <li>{@code '1'..'9'} (0x31–0x39) select 1–9, {@code '0'} (0x30) selects 10</li>
 *   <li>CR, LF, space (0x0D, 0x0A, 0x20) bump</li>
 *   <li>{@code '+'}, {@code 'n'}, {@code 'N'} next; {@code '-'}, {@code 'p'}, {@code 'P'} previous</li>
 *   <li>backspace, DEL, {@code 'u'}, {@code 'U'} (0x08, 0x7F, 0x75, 0x55) undo</li>
 *   <li>{@code 'r'}/{@code 'R'} recall, {@code 's'}/{@code 'S'} summary</li>
 *   <li>{@code '<'} page up, {@code '>'} page down</li>
 *   <li>{@code '*'}, {@code '!'}, {@code 'f'}, {@code 'F'} rush</li>
 * </ul>
 */
public final class SerialByteMap {

    private static final SerialByteMap DEFAULTS = new SerialByteMap(defaultBytes());

    private final SortedMap<Integer, KioskAction> byByte;

    private SerialByteMap(Map<Integer, KioskAction> byByte) {
        this.byByte = Collections.unmodifiableSortedMap(new TreeMap<>(byByte));
    }

    public static SerialByteMap defaults() {
        return DEFAULTS;
    }

    /**
     * Parses the value of {@code property}; a blank value means the defaults. Problems are appended; the map
     * returned skips bad entries.
     */
    public static SerialByteMap parse(String property, String value, List<String> problems) {
        if (value.isBlank()) {
            return DEFAULTS;
        }
        TreeMap<Integer, KioskAction> map = NumberedActions.parse(property, value, "0x0D:BUMP (byte:action)",
                new NumberedActions.Kind(SerialByteMap::parseByte, "is not a byte; write 0x00–0xFF or 0–255",
                        (b, first, second) -> "byte " + hex(b) + " is mapped twice (" + first + " and " + second
                                + "); a byte can do only one thing"),
                problems);
        return new SerialByteMap(map);
    }

    public Optional<KioskAction> actionFor(int unsignedByte) {
        return Optional.ofNullable(byByte.get(unsignedByte));
    }

    /** A copy with one byte (re)assigned. */
    public SerialByteMap with(int unsignedByte, KioskAction action) {
        TreeMap<Integer, KioskAction> copy = new TreeMap<>(byByte);
        copy.put(unsignedByte, action);
        return new SerialByteMap(copy);
    }

    public Map<Integer, KioskAction> asMap() {
        return byByte;
    }

    /** The value to save as {@code input.serial.map}, in byte order. */
    public String toConfigValue() {
        return byByte.entrySet().stream().map(e -> hex(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    public static String hex(int unsignedByte) {
        return String.format(Locale.ROOT, "0x%02X", unsignedByte);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerialByteMap other && byByte.equals(other.byByte);
    }

    @Override
    public int hashCode() {
        return byByte.hashCode();
    }

    @Override
    public String toString() {
        return "SerialByteMap[" + toConfigValue() + "]";
    }

    private static Optional<Integer> parseByte(String text) {
        try {
            String lower = text.toLowerCase(Locale.ROOT);
            int value = lower.startsWith("0x") ? Integer.parseInt(lower.substring(2), 16) : Integer.parseInt(lower);
            return value >= 0 && value <= 0xFF ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<Integer, KioskAction> defaultBytes() {
        TreeMap<Integer, KioskAction> map = new TreeMap<>();
        for (int slot = 1; slot <= KioskAction.SLOTS; slot++) {
            map.put('0' + slot % 10, KioskAction.select(slot)); // '0' is slot 10
        }
        for (int b : new int[] {'\r', '\n', ' '}) {
            map.put(b, KioskAction.BUMP);
        }
        for (int b : new int[] {'+', 'n', 'N'}) {
            map.put(b, KioskAction.NEXT);
        }
        for (int b : new int[] {'-', 'p', 'P'}) {
            map.put(b, KioskAction.PREVIOUS);
        }
        for (int b : new int[] {0x08, 0x7F, 'u', 'U'}) {
            map.put(b, KioskAction.UNDO);
        }
        map.put((int) 'r', KioskAction.RECALL);
        map.put((int) 'R', KioskAction.RECALL);
        map.put((int) 's', KioskAction.SUMMARY);
        map.put((int) 'S', KioskAction.SUMMARY);
        map.put((int) '<', KioskAction.PAGE_UP);
        map.put((int) '>', KioskAction.PAGE_DOWN);
        for (int b : new int[] {'*', '!', 'f', 'F'}) {
            map.put(b, KioskAction.RUSH);
        }
        return map;
    }
}
