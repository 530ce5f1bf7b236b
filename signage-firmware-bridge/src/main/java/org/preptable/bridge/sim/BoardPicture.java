package org.preptable.bridge.sim;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws the simulated board as a boxed ASCII panel, the way a person in front of it would see it:
 * <pre>
 * +-----------------------------------------------+
 * | ORDER READY                 fw 1.0.0  4 slots |
 * +--------+--------------------------------------+
 * |  0     | 141                                  |
 * |  1     | 142                                  |
 * |  2 >>> | 143 Ana                          <<< |
 * |  3     |                                      |
 * +--------+--------------------------------------+
 * | lamps: ready=ON         beeps: 1, last 200 ms |
 * +-----------------------------------------------+
 * </pre>
 * A highlighted slot shows its text without the {@code >…<} marker, between arrows.
 */
public final class BoardPicture {

    private static final int TEXT_WIDTH = 32;
    private static final int INNER_WIDTH = 8 + 1 + TEXT_WIDTH + 6;
    private static final String RULE = "+" + "-".repeat(INNER_WIDTH) + "+";
    private static final String SPLIT_RULE = "+" + "-".repeat(8) + "+" + "-".repeat(TEXT_WIDTH + 6) + "+";

    private BoardPicture() {
    }

    public static String render(BoardState state) {
        StringBuilder out = new StringBuilder();
        out.append(RULE).append('\n');
        String title = state.powered() ? "ORDER READY" : "ORDER READY - NO POWER";
        String about = "fw " + state.firmware() + "  " + state.slots().size() + " slots";
        out.append(row(title, about)).append('\n');
        out.append(SPLIT_RULE).append('\n');
        for (int slot = 0; slot < state.slots().size(); slot++) {
            out.append(slotRow(slot, state.slots().get(slot))).append('\n');
        }
        out.append(SPLIT_RULE).append('\n');
        String lamps = state.lamps().isEmpty() ? "lamps: none set"
                : state.lamps().entrySet().stream().map(BoardPicture::lamp)
                        .collect(Collectors.joining("  ", "lamps: ", ""));
        String beeps = state.beeps() == 0 ? "beeps: 0"
                : "beeps: " + state.beeps() + ", last " + state.lastBeepMs() + " ms";
        out.append(row(lamps, beeps)).append('\n');
        out.append(RULE).append('\n');
        return out.toString();
    }

    private static String slotRow(int slot, String text) {
        boolean highlighted = BoardState.isHighlighted(text);
        String shown = highlighted ? text.substring(1, text.length() - 1) : text;
        return String.format("| %2d %s | %-" + TEXT_WIDTH + "s %s |", slot, highlighted ? ">>>" : "   ",
                shown, highlighted ? "<<<" : "   ");
    }

    private static String lamp(Map.Entry<String, ?> entry) {
        return entry.getKey() + "=" + entry.getValue();
    }

    /** Left and right on one line, or on two when they do not fit side by side; cut at the box's edge. */
    private static String row(String left, String right) {
        int room = INNER_WIDTH - 2;
        if (!right.isEmpty() && left.length() + 2 + right.length() > room) {
            return row(left, "") + "\n" + row(right, "");
        }
        String text = right.isEmpty() ? left : left + " ".repeat(room - left.length() - right.length()) + right;
        text = text.length() > room ? text.substring(0, room) : text + " ".repeat(room - text.length());
        return "| " + text + " |";
    }
}
