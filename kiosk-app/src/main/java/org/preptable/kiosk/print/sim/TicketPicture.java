package org.preptable.kiosk.print.sim;

import java.util.ArrayList;
import java.util.List;
import org.preptable.kiosk.print.EscPosDecoder;

/**
 * A printed ticket drawn as terminal text: the paper as a box {@code width} characters wide, each line aligned as
 * printed, double-width text spread out ({@code # 1 2 8}), and the line's style in the margin.
 */
public final class TicketPicture {

    private TicketPicture() {
    }

    public static String render(EscPosDecoder.Ticket ticket, int width, String title) {
        StringBuilder out = new StringBuilder();
        String head = "─ " + title + " ";
        out.append('┌').append(head).append("─".repeat(Math.max(0, width - head.length()))).append("┐\n");
        for (EscPosDecoder.PrintedLine line : ticket.lines()) {
            String text = line.width() > 1 ? spread(line.text(), line.width()) : line.text();
            int pad = Math.max(0, width - text.length());
            int left = switch (line.alignment()) {
                case 1 -> pad / 2;
                case 2 -> pad;
                default -> 0;
            };
            String body = " ".repeat(left) + text + " ".repeat(pad - left);
            out.append('│').append(body).append('│');
            String style = style(line);
            if (!style.isEmpty()) {
                out.append(' ').append(style);
            }
            out.append('\n');
        }
        out.append('└').append("─".repeat(width)).append(ticket.endsWithCut() ? "┘ (cut)\n" : "┘\n");
        return out.toString();
    }

    private static String spread(String text, int factor) {
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c).append(" ".repeat(factor - 1));
        }
        return wide.toString().stripTrailing();
    }

    private static String style(EscPosDecoder.PrintedLine line) {
        List<String> parts = new ArrayList<>();
        if (line.bold()) {
            parts.add("bold");
        }
        if (line.reverse()) {
            parts.add("reverse");
        }
        if (line.width() > 1 || line.height() > 1) {
            parts.add(line.width() + "x" + line.height());
        }
        return String.join(" ", parts);
    }
}
