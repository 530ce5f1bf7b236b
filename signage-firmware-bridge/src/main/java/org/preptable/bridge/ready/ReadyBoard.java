package org.preptable.bridge.ready;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.preptable.bridge.link.BoardDisplay;
import org.preptable.model.kds.KitchenOrder;

/**
 * Lays the ready orders out on the board's slots. The rules (docs/bridge.md, "What the board shows"):
 * <ul>
 *   <li>Only orders whose {@code prep_state} is {@code ready}, oldest ready first, so the guests who have waited
 *   longest find their number at the top; the newest ready one is highlighted.</li>
 *   <li>More ready orders than slots: the first {@code slots − 1} slots show the longest-waiting numbers and the
 *   last says {@code +N more}, so nobody takes a missing number for "not ready". (With one slot: the oldest.)</li>
 *   <li>A recalled number goes in the first free slot, or replaces the last slot when there is none, for as long as
 *   the recall lasts. It is never highlighted, and not shown twice if the same number is ready again.</li>
 * </ul>
 */
public final class ReadyBoard {

    private ReadyBoard() {
    }

    /**
     * @param ready    ready orders, oldest ready first ({@link ReadyOrders#of})
     * @param slots    how many slots to fill (0 when the board's size is not known yet)
     * @param recalled the recalled number while its recall lasts
     */
    public static BoardContent compose(List<KitchenOrder> ready, int slots, Optional<String> recalled) {
        if (slots <= 0) {
            return BoardContent.EMPTY;
        }
        List<String> numbers = ready.stream().map(order -> order.number().strip()).distinct().toList();
        Optional<String> recall = recalled.map(String::strip).filter(number -> !numbers.contains(number));
        List<String> texts = new ArrayList<>(numbers);
        if (texts.size() > slots) {
            texts = new ArrayList<>(numbers.subList(0, slots - 1));
            texts.add(slots == 1 ? numbers.getFirst() : "+" + (numbers.size() - texts.size()) + " more");
        }
        if (recall.isPresent()) {
            if (texts.size() == slots) {
                texts.removeLast();
            }
            texts.add(recall.get());
        }
        return new BoardContent(texts, highlight(ready, texts, recall.isPresent()));
    }

    /** The newest ready order (the last, oldest first) if it is on the board; never the recalled slot at the end. */
    private static int highlight(List<KitchenOrder> ready, List<String> texts, boolean recallAtEnd) {
        if (ready.isEmpty()) {
            return BoardDisplay.NO_HIGHLIGHT;
        }
        List<String> numbers = recallAtEnd ? texts.subList(0, texts.size() - 1) : texts;
        int index = numbers.indexOf(ready.getLast().number().strip());
        return index < 0 ? BoardDisplay.NO_HIGHLIGHT : index;
    }
}
