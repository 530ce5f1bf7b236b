package org.preptable.kiosk.print;

import com.github.anastaciocintra.escpos.EscPos.CharacterCodeTable;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes order text safe and legible on a thermal printer: every character ends up in the ticket's code page, and
 * long text is wrapped to the paper width.
 *
 * <p>The code page is PC865 (Nordic, ESC t 5): it holds æ ø å Æ Ø Å and the other Western European letters a
 * kitchen menu uses, and practically every ESC/POS printer has it (WPC1252 would be nicer but several clones lack
 * it). Characters it lacks are replaced by a plain look-alike (’ → ', – → -, € → EUR, Ł → L, ź without its
 * accent) or '?', so a ticket never shows mojibake.
 */
final class TicketText {

    /** The printer's code table and the Java charset that matches it. */
    static final CharacterCodeTable CODE_TABLE = CharacterCodeTable.CP865_Nordic;

    private static final Charset CHARSET = Charset.forName(CODE_TABLE.charsetName);

    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', "'"), Map.entry('\u2032', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""),
            Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u2026', "..."), Map.entry('\u20AC', "EUR"), Map.entry('\u00D7', "x"),
            Map.entry('\u00A0', " "), Map.entry('\u0141', "L"), Map.entry('\u0142', "l"),
            Map.entry('\u0110', "D"), Map.entry('\u0111', "d"));

    private TicketText() {
    }

    /**
     * Returns {@code text} with only characters the code page can print. Control characters become spaces: an ESC
     * or GS typed into a customer name must not reach the printer as a command.
     */
    static String printable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        CharsetEncoder encoder = CHARSET.newEncoder();
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> out.append(printableChar(codePoint, encoder)));
        return out.toString();
    }

    private static String printableChar(int codePoint, CharsetEncoder encoder) {
        if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return " ";
        }
        String text = Character.toString(codePoint);
        if (text.length() == 1 && LOOK_ALIKES.containsKey(text.charAt(0))) {
            return LOOK_ALIKES.get(text.charAt(0));
        }
        if (encoder.canEncode(text)) {
            return text;
        }
        String base = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && encoder.canEncode(base) ? base : "?";
    }

    /**
     * Splits {@code text} into lines of at most {@code width} characters at spaces; every line after the first starts
     * with {@code indent}. A word longer than a line is cut.
     */
    static List<String> wrap(String text, int width, String indent) {
        if (indent.length() >= width) {
            throw new IllegalArgumentException("indent must be shorter than the width");
        }
        List<String> lines = new ArrayList<>();
        String current = "";
        boolean hasWord = false;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!hasWord) {
                current = lines.isEmpty() ? "" : indent;
            }
            String candidate = hasWord ? current + " " + word : current + word;
            if (candidate.length() <= width) {
                current = candidate;
                hasWord = true;
                continue;
            }
            if (hasWord) {
                lines.add(current);
                current = indent;
            }
            String rest = word;
            while (current.length() + rest.length() > width) {
                int room = width - current.length();
                lines.add(current + rest.substring(0, room));
                rest = rest.substring(room);
                current = indent;
            }
            current = current + rest;
            hasWord = true;
        }
        if (hasWord) {
            lines.add(current);
        }
        return lines;
    }
}
