package org.preptable.bridge.link;

import java.util.List;

/** What one argument of a verb may hold. Package-private: callers only see {@link Verb}'s usage line. */
record ArgSpec(String name, Kind kind, List<String> allowed) {

    enum Kind { TOKEN, NUMBER, SEQ, CHOICE, TEXT }

    /** The display holds 32 characters; the firmware truncates nothing, so longer text is refused. */
    static final int MAX_TEXT = 32;

    static ArgSpec token(String name) {
        return new ArgSpec(name, Kind.TOKEN, List.of());
    }

    static ArgSpec number(String name) {
        return new ArgSpec(name, Kind.NUMBER, List.of());
    }

    static ArgSpec seq(String name) {
        return new ArgSpec(name, Kind.SEQ, List.of());
    }

    static ArgSpec choice(String name, String... allowed) {
        return new ArgSpec(name, Kind.CHOICE, List.of(allowed));
    }

    static ArgSpec text(String name) {
        return new ArgSpec(name, Kind.TEXT, List.of());
    }

    String usage() {
        return kind == Kind.CHOICE ? String.join("|", allowed) : "<" + name + ">";
    }

    /** Why {@code value} does not fit, or null when it does. */
    String problem(String value) {
        return switch (kind) {
            case TOKEN -> isToken(value) ? null : name + " must be printable ASCII without spaces or '*', was '" + value + "'";
            case NUMBER -> isDigits(value, 9) ? null : name + " must be a number of at most 9 digits, was '" + value + "'";
            case SEQ -> isDigits(value, 18) ? null : name + " must be a sequence number, was '" + value + "'";
            case CHOICE -> allowed.contains(value) ? null : name + " must be one of " + usage() + ", was '" + value + "'";
            case TEXT -> textProblem(value);
        };
    }

    private String textProblem(String value) {
        if (value.isEmpty() || value.length() > MAX_TEXT) {
            return name + " must be 1 to " + MAX_TEXT + " characters, was " + value.length();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*' || !FrameCodec.isPrintable(c)) {
                return name + " must be printable ASCII without '*', has '" + c + "' at " + i;
            }
        }
        return null;
    }

    private static boolean isToken(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c != ' ' && c != '*' && FrameCodec.isPrintable((char) c));
    }

    static boolean isDigits(String value, int maxDigits) {
        return !value.isEmpty() && value.length() <= maxDigits && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
