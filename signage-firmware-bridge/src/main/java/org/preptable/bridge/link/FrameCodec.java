package org.preptable.bridge.link;

import static org.preptable.bridge.link.FrameException.Reason.BAD_ARGS;
import static org.preptable.bridge.link.FrameException.Reason.CRC;
import static org.preptable.bridge.link.FrameException.Reason.NOT_PRINTABLE;
import static org.preptable.bridge.link.FrameException.Reason.SYNTAX;
import static org.preptable.bridge.link.FrameException.Reason.TOO_LONG;
import static org.preptable.bridge.link.FrameException.Reason.UNKNOWN_VERB;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Turns frames into protocol lines and back: {@code <seq> <VERB> <args…>*<crc16-hex>\n}, the
 * CRC-16/CCITT-FALSE of every byte before {@code *} as four uppercase hex digits.
 *
 * <p>Both directions apply the same rules, so the bridge never sends a line the board would
 * refuse. Decisions the design leaves open: a line holds at most {@link #MAX_LINE_LENGTH}
 * characters before its newline; fields are separated by exactly one space; {@code SHOW} text
 * (1–32 chars) keeps its spaces, leading ones included; the checksum must be uppercase; empty
 * text is refused (use {@code CLEAR}).
 */
public final class FrameCodec {

    /** Longest legal frame (18-digit seq, SHOW, 9-digit slot, 32 chars) is 71; room to spare, but bounded for the board's buffer. */
    public static final int MAX_LINE_LENGTH = 80;

    private static final Pattern CRC_HEX = Pattern.compile("[0-9A-F]{4}");

    private FrameCodec() {
    }

    public static String encode(Frame frame) throws FrameException {
        OptionalLong seq = OptionalLong.of(frame.seq());
        if (frame.seq() < 0) {
            throw new FrameException(SYNTAX, seq, "seq must not be negative, was " + frame.seq());
        }
        Verb verb = Verb.parse(frame.verb())
                .orElseThrow(() -> new FrameException(UNKNOWN_VERB, seq, "unknown verb '" + frame.verb() + "'"));
        String problem = verb.problem(frame.args());
        if (problem != null) {
            throw new FrameException(BAD_ARGS, seq, problem);
        }
        StringBuilder body = new StringBuilder().append(frame.seq()).append(' ').append(verb.name());
        frame.args().forEach(arg -> body.append(' ').append(arg));
        String line = body + "*" + Crc16.toHex(Crc16.ofAscii(body));
        if (line.length() > MAX_LINE_LENGTH) {
            throw new FrameException(TOO_LONG, seq, "frame is " + line.length() + " characters, limit " + MAX_LINE_LENGTH);
        }
        return line + "\n";
    }

    /** Decodes one line, with or without its trailing {@code \n}. */
    public static Frame decode(String line) throws FrameException {
        String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        OptionalLong seenSeq = leadingSeq(text);
        if (text.length() > MAX_LINE_LENGTH) {
            throw new FrameException(TOO_LONG, seenSeq, "line is " + text.length() + " characters, limit " + MAX_LINE_LENGTH);
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isPrintable(text.charAt(i))) {
                throw new FrameException(NOT_PRINTABLE, seenSeq,
                        String.format("character 0x%02X at %d is not printable ASCII", (int) text.charAt(i), i));
            }
        }
        int star = text.lastIndexOf('*');
        if (star < 0) {
            throw new FrameException(SYNTAX, seenSeq, "missing '*' before the checksum");
        }
        String body = text.substring(0, star);
        String crcHex = text.substring(star + 1);
        if (!CRC_HEX.matcher(crcHex).matches()) {
            throw new FrameException(SYNTAX, seenSeq, "checksum must be 4 uppercase hex digits, was '" + crcHex + "'");
        }
        if (body.indexOf('*') >= 0) {
            throw new FrameException(SYNTAX, seenSeq, "'*' inside the frame body");
        }
        int expected = Crc16.ofAscii(body);
        if (Integer.parseInt(crcHex, 16) != expected) {
            throw new FrameException(CRC, seenSeq, "checksum " + crcHex + " does not match " + Crc16.toHex(expected));
        }
        return parseBody(body, seenSeq);
    }

    private static Frame parseBody(String body, OptionalLong seenSeq) throws FrameException {
        String[] head = body.split(" ", 3);
        if (seenSeq.isEmpty()) {
            throw new FrameException(SYNTAX, "seq must be a number of at most 18 digits, was '" + head[0] + "'");
        }
        if (head.length < 2) {
            throw new FrameException(SYNTAX, seenSeq, "missing verb");
        }
        Verb verb = Verb.parse(head[1])
                .orElseThrow(() -> new FrameException(UNKNOWN_VERB, seenSeq, "unknown verb '" + head[1] + "'"));
        // Splitting no further than the verb's widest shape keeps SHOW's spaces inside its text.
        List<String> args = head.length < 3 ? List.of()
                : Arrays.asList(head[2].split(" ", verb.endsWithText() ? verb.maxArgs() : -1));
        String problem = verb.problem(args);
        if (problem != null) {
            throw new FrameException(BAD_ARGS, seenSeq, problem);
        }
        return new Frame(seenSeq.getAsLong(), verb.name(), args);
    }

    /** Best-effort seq of a line that may be refused, for the {@code NAK <seq> <reason>} answer. */
    private static OptionalLong leadingSeq(String text) {
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        return ArgSpec.isDigits(first, 18) ? OptionalLong.of(Long.parseLong(first)) : OptionalLong.empty();
    }

    static boolean isPrintable(char c) {
        return c >= 0x20 && c <= 0x7E;
    }
}
