package org.preptable.kiosk.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads back the ESC/POS subset the kiosk emits ({@link TicketLayout}), so tests assert on commands and printed lines
 * rather than on raw bytes, and {@code scripts/printer-sim} shows tickets as text. Strict: an unknown command throws
 * {@link IllegalArgumentException} instead of being skipped, so a change in the layout cannot go unnoticed.
 */
public final class EscPosDecoder {

    public sealed interface Command permits Init, Bold, Size, Justify, Reverse, CodePage, Font, Underline, LineSpacing,
            FeedLines, Cut, LineFeed, Text {
    }

    /** ESC @ */
    public record Init() implements Command {
    }

    /** ESC E n */
    public record Bold(boolean on) implements Command {
    }

    /** GS ! n: width and height multipliers, 1 = normal. */
    public record Size(int width, int height) implements Command {
    }

    /** ESC a n: 0 left, 1 centre, 2 right. */
    public record Justify(int alignment) implements Command {
    }

    /** GS B n: white on black. */
    public record Reverse(boolean on) implements Command {
    }

    /** ESC t n */
    public record CodePage(int table) implements Command {
    }

    /** ESC M n */
    public record Font(int font) implements Command {
    }

    /** ESC - n */
    public record Underline(int thickness) implements Command {
    }

    /** ESC 2 (default, -1) or ESC 3 n */
    public record LineSpacing(int dots) implements Command {
    }

    /** ESC d n */
    public record FeedLines(int lines) implements Command {
    }

    /** GS V m (m = 0/48 full, 1/49 partial; 65/66 with a feed amount). */
    public record Cut(int mode) implements Command {
    }

    /** LF */
    public record LineFeed() implements Command {
    }

    public record Text(String text) implements Command {
    }

    /** One printed line with the style it was printed in. */
    public record PrintedLine(String text, boolean bold, int width, int height, boolean reverse, int alignment) {
    }

    /** A whole ticket: its commands and the lines they print. */
    public record Ticket(List<Command> commands, List<PrintedLine> lines) {

        public List<String> texts() {
            return lines.stream().map(PrintedLine::text).toList();
        }

        public PrintedLine line(String text) {
            return lines.stream().filter(line -> line.text().strip().equals(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No printed line '" + text + "' in " + texts()));
        }

        public boolean endsWithCut() {
            return !commands.isEmpty() && commands.getLast() instanceof Cut;
        }
    }

    private EscPosDecoder() {
    }

    public static Ticket ticket(byte[] bytes) {
        List<Command> commands = decode(bytes);
        return new Ticket(commands, printedLines(commands));
    }

    /**
     * The complete tickets in a printer's byte stream, in order. A ticket starts with ESC @ and is complete when it
     * ends with a cut; a fragment left by an interrupted write (no cut before the next ESC @) is not a ticket.
     */
    public static List<Ticket> completeTickets(byte[] stream) {
        List<Ticket> tickets = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < stream.length; i++) {
            if (stream[i] == 0x1B && stream[i + 1] == '@') {
                starts.add(i);
            }
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : stream.length;
            byte[] segment = Arrays.copyOfRange(stream, from, to);
            if (endsWithCutBytes(segment)) {
                tickets.add(ticket(segment));
            }
        }
        return tickets;
    }

    /** True when the bytes end with a cut ({@code GS V 0|1|48|49}): the end of a ticket. */
    public static boolean endsWithCutBytes(byte[] segment) {
        return endsWithCut(segment, segment.length);
    }

    /** The same for the first {@code length} bytes of a buffer. */
    public static boolean endsWithCut(byte[] bytes, int length) {
        if (length < 3 || bytes[length - 3] != 0x1D || bytes[length - 2] != 'V') {
            return false;
        }
        int m = bytes[length - 1];
        return m == 0 || m == 1 || m == 48 || m == 49;
    }

    public static List<Command> decode(byte[] bytes) {
        List<Command> commands = new ArrayList<>();
        Charset charset = charsetFor(0);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20) {
                text.write(b);
                i++;
                continue;
            }
            if (text.size() > 0) {
                commands.add(new Text(text.toString(charset)));
                text.reset();
            }
            Command command;
            int length;
            if (b == 0x0A) {
                command = new LineFeed();
                length = 1;
            } else if (b == 0x1B) {
                int op = at(bytes, i + 1);
                int n = op == '@' || op == '2' ? 0 : at(bytes, i + 2);
                length = op == '@' || op == '2' ? 2 : 3;
                command = switch (op) {
                    case '@' -> new Init();
                    case 'E' -> new Bold((n & 1) == 1);
                    case 'a' -> new Justify(n >= '0' ? n - '0' : n);
                    case 't' -> new CodePage(n);
                    case 'M' -> new Font(n >= '0' ? n - '0' : n);
                    case '-' -> new Underline(n >= '0' ? n - '0' : n);
                    case '2' -> new LineSpacing(-1);
                    case '3' -> new LineSpacing(n);
                    case 'd' -> new FeedLines(n);
                    default -> throw unknown(bytes, i);
                };
                if (command instanceof CodePage page) {
                    charset = charsetFor(page.table());
                }
            } else if (b == 0x1D) {
                int op = at(bytes, i + 1);
                int n = at(bytes, i + 2);
                length = 3;
                command = switch (op) {
                    case '!' -> new Size((n >> 4) + 1, (n & 0x0F) + 1);
                    case 'B' -> new Reverse((n & 1) == 1);
                    case 'V' -> new Cut(n);
                    default -> throw unknown(bytes, i);
                };
                if (op == 'V' && (n == 65 || n == 66)) {
                    length = 4;
                }
            } else {
                throw unknown(bytes, i);
            }
            commands.add(command);
            i += length;
        }
        if (text.size() > 0) {
            commands.add(new Text(text.toString(charset)));
        }
        return commands;
    }

    /** Applies the commands like a printer does and returns the lines each LF prints. */
    public static List<PrintedLine> printedLines(List<Command> commands) {
        List<PrintedLine> lines = new ArrayList<>();
        boolean bold = false;
        boolean reverse = false;
        int width = 1;
        int height = 1;
        int alignment = 0;
        StringBuilder line = new StringBuilder();
        for (Command command : commands) {
            switch (command) {
                case Init init -> {
                    bold = false;
                    reverse = false;
                    width = 1;
                    height = 1;
                    alignment = 0;
                }
                case Bold b -> bold = b.on();
                case Reverse r -> reverse = r.on();
                case Size s -> {
                    width = s.width();
                    height = s.height();
                }
                case Justify j -> alignment = j.alignment();
                case Text t -> line.append(t.text());
                case LineFeed lf -> {
                    lines.add(new PrintedLine(line.toString(), bold, width, height, reverse, alignment));
                    line.setLength(0);
                }
                default -> {
                    // font, underline, spacing, code page, feed and cut do not change what a line says
                }
            }
        }
        return lines;
    }

    private static Charset charsetFor(int table) {
        return switch (table) {
            case 0 -> Charset.forName("IBM437");
            case 2 -> Charset.forName("IBM850");
            case 5 -> Charset.forName("IBM865");
            case 16 -> Charset.forName("windows-1252");
            default -> throw new IllegalArgumentException("No charset for code table " + table);
        };
    }

    private static int at(byte[] bytes, int index) {
        if (index >= bytes.length) {
            throw new IllegalArgumentException("Command cut short at the end of the data");
        }
        return bytes[index] & 0xFF;
    }

    private static IllegalArgumentException unknown(byte[] bytes, int index) {
        StringBuilder hex = new StringBuilder();
        for (int i = index; i < Math.min(bytes.length, index + 4); i++) {
            hex.append(String.format("%02X ", bytes[i]));
        }
        return new IllegalArgumentException("Unknown ESC/POS bytes at offset " + index + ": " + hex.toString().strip());
    }
}
