package org.preptable.bridge.ready;

import java.util.List;
import org.preptable.bridge.link.BoardDisplay;

/**
 * What the order-ready board shows: slot i holds {@code texts.get(i)}, the slots after the list are clear, and
 * slot {@code highlight} (the newest ready order) is emphasised, or none ({@link BoardDisplay#NO_HIGHLIGHT}).
 */
public record BoardContent(List<String> texts, int highlight) {

    public static final BoardContent EMPTY = new BoardContent(List.of(), BoardDisplay.NO_HIGHLIGHT);

    public BoardContent {
        texts = List.copyOf(texts);
        if (highlight != BoardDisplay.NO_HIGHLIGHT && (highlight < 0 || highlight >= texts.size())) {
            throw new IllegalArgumentException("highlight " + highlight + " is not a slot of " + texts);
        }
    }
}
