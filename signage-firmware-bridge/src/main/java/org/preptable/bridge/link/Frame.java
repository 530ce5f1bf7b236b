package org.preptable.bridge.link;

import java.util.List;
import java.util.Objects;

/**
 * One line of the bridge ⇄ board protocol, without its checksum. For {@code SHOW} the last
 * argument is the display text, which may contain spaces.
 */
public record Frame(long seq, String verb, List<String> args) {

    public Frame {
        Objects.requireNonNull(verb, "verb");
        args = List.copyOf(args);
    }

    public static Frame of(long seq, Verb verb, String... args) {
        return new Frame(seq, verb.name(), List.of(args));
    }
}
