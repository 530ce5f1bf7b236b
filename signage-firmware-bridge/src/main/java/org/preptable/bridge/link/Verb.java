package org.preptable.bridge.link;

import static org.preptable.bridge.link.ArgSpec.choice;
import static org.preptable.bridge.link.ArgSpec.number;
import static org.preptable.bridge.link.ArgSpec.seq;
import static org.preptable.bridge.link.ArgSpec.text;
import static org.preptable.bridge.link.ArgSpec.token;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verbs of the board protocol. Host → board: HELLO, SHOW, CLEAR, LAMP, BEEP, PING.
 * Board → host: ACK, NAK, BTN and HELLO with its firmware version and slot count, which is why
 * HELLO has two accepted shapes.
 */
public enum Verb {
    HELLO(List.of(), List.of(token("fw-version"), number("slots"))),
    SHOW(List.of(number("slot"), text("text"))),
    CLEAR(List.of(number("slot"))),
    LAMP(List.of(token("id"), choice("state", "ON", "OFF", "BLINK"))),
    BEEP(List.of(number("ms"))),
    PING(List.of()),
    ACK(List.of(seq("seq"))),
    NAK(List.of(seq("seq"), token("reason"))),
    BTN(List.of(token("id"), choice("edge", "DOWN", "UP")));

    private final List<List<ArgSpec>> shapes;

    @SafeVarargs
    Verb(List<ArgSpec>... shapes) {
        this.shapes = List.of(shapes);
    }

    public static Optional<Verb> parse(String name) {
        for (Verb verb : values()) {
            if (verb.name().equals(name)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }

    /** True when the last argument is free text running to the end of the line. */
    boolean endsWithText() {
        return this == SHOW;
    }

    /** How many arguments the line holds at most, so free text is not split on its spaces. */
    int maxArgs() {
        return shapes.stream().mapToInt(List::size).max().orElse(0);
    }

    /** Why {@code args} do not fit this verb, or null when they do. */
    String problem(List<String> args) {
        for (List<ArgSpec> shape : shapes) {
            if (shape.size() == args.size()) {
                for (int i = 0; i < shape.size(); i++) {
                    String problem = shape.get(i).problem(args.get(i));
                    if (problem != null) {
                        return name() + ": " + problem;
                    }
                }
                return null;
            }
        }
        return name() + " expects " + usage() + ", got " + args.size() + " argument(s)";
    }

    public String usage() {
        return shapes.stream()
                .map(shape -> shape.stream().map(ArgSpec::usage)
                        .collect(Collectors.joining(" ", name() + (shape.isEmpty() ? "" : " "), "")))
                .collect(Collectors.joining(" or "));
    }
}
