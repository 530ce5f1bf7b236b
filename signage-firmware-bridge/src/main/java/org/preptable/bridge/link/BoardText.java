package org.preptable.bridge.link;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns whatever the owner wants in a slot into text the board can show: printable ASCII without {@code *}, at
 * most 32 characters, and for the highlighted slot wrapped in the protocol's highlight marker {@code >…<}.
 */
public final class BoardText {

    public static final int MAX_LENGTH = 32;
    /** A highlighted slot's text is {@code >} + text + {@code <}, so the text itself gets two characters fewer. */
    public static final int MAX_HIGHLIGHTED_LENGTH = MAX_LENGTH - 2;

    // Letters that Unicode does not decompose into an ASCII base letter plus accents.
    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('ß', "ss"), Map.entry('đ', "d"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', "..."), Map.entry('*', "+"));

    private BoardText() {
    }

    /**
     * The wire text for one slot, or "" when there is nothing to show (the slot is then cleared). Accents are
     * dropped (é → e, ø → o), {@code *} becomes {@code +}, anything else outside printable ASCII {@code ?},
     * and the text is cut to fit. A text that is not highlighted never takes the form of the marker.
     */
    public static String forSlot(String text, boolean highlighted) {
        String ascii = toAscii(text == null ? "" : text);
        if (ascii.isBlank()) {
            return "";
        }
        if (highlighted) {
            return ">" + cut(ascii, MAX_HIGHLIGHTED_LENGTH) + "<";
        }
        String plain = cut(ascii, MAX_LENGTH);
        // Shown as typed, ">5<" would light up as a highlighted "5".
        return plain.length() >= 3 && plain.startsWith(">") && plain.endsWith("<")
                ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String toAscii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String lookAlike = LOOK_ALIKES.get(c);
            if (lookAlike != null) {
                out.append(lookAlike);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (Character.isHighSurrogate(c)) {
                out.append('?');
                i++; // one symbol (an emoji), one question mark
            } else {
                out.append(FrameCodec.isPrintable(c) ? c : '?');
            }
        }
        return out.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
