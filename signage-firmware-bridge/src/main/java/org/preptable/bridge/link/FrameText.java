package org.preptable.bridge.link;

/** Log-safe spelling of a line as it came off the wire: control and non-ASCII bytes as {@code \xNN}. */
public final class FrameText {

    private static final int MAX_SHOWN = 100;

    private FrameText() {
    }

    public static String quote(String line) {
        StringBuilder out = new StringBuilder("'");
        String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        for (int i = 0; i < text.length() && i < MAX_SHOWN; i++) {
            char c = text.charAt(i);
            if (FrameCodec.isPrintable(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\x%02X", (int) c & 0xFF));
            }
        }
        if (text.length() > MAX_SHOWN) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.append('\'').toString();
    }
}
