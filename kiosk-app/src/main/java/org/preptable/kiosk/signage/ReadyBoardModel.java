package org.preptable.kiosk.signage;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SequencedSet;
import java.util.function.Predicate;
import org.preptable.model.kds.KitchenOrder;

/**
 * What the guest-facing order board shows, derived from the kitchen's live orders (the kiosk's {@code BoardModel},
 * which already drops fulfilled, voided and removed orders, so a number leaves the board the moment the order does).
 *
 * <ul>
 *   <li><b>Ready to collect</b>: orders whose {@code prep_state} is {@code ready}, <em>newest-ready first</em> (by
 *   {@code state_changed_at}), so the number a guest is waiting for lands top-left, where eyes go first. Above the
 *   cap the longest-ready numbers give way and the board says how many more there are.</li>
 *   <li><b>Preparing</b>: {@code queued} and {@code preparing} together (guests do not care about the difference),
 *   <em>oldest first</em> (by {@code placed_at}), the kitchen's own order, so a number moves toward the front.</li>
 * </ul>
 * A number appears at most once per column; orders without a number cannot be called and are left out.
 */
public record ReadyBoardModel(List<String> ready, int moreReady, List<String> preparing, int morePreparing) {

    private static final Comparator<KitchenOrder> NEWEST_READY_FIRST = Comparator
            .comparing((KitchenOrder order) -> orMin(order.stateChangedAt()), Comparator.reverseOrder())
            .thenComparing(KitchenOrder::number);
    private static final Comparator<KitchenOrder> OLDEST_PLACED_FIRST = Comparator
            .comparing((KitchenOrder order) -> order.placedAt() == null ? Instant.MAX : order.placedAt())
            .thenComparing(KitchenOrder::number);

    public static final ReadyBoardModel EMPTY = new ReadyBoardModel(List.of(), 0, List.of(), 0);

    public ReadyBoardModel {
        ready = List.copyOf(ready);
        preparing = List.copyOf(preparing);
    }

    public static ReadyBoardModel from(List<KitchenOrder> orders, int readyCap, int preparingCap) {
        SequencedSet<String> ready = numbers(orders, state -> state.equals("ready"), NEWEST_READY_FIRST);
        SequencedSet<String> preparing = numbers(orders, state -> state.equals("queued") || state.equals("preparing"),
                OLDEST_PLACED_FIRST);
        return new ReadyBoardModel(ready.stream().limit(readyCap).toList(), Math.max(0, ready.size() - readyCap),
                preparing.stream().limit(preparingCap).toList(), Math.max(0, preparing.size() - preparingCap));
    }

    private static SequencedSet<String> numbers(List<KitchenOrder> orders, Predicate<String> state,
                                                Comparator<KitchenOrder> order) {
        SequencedSet<String> numbers = new LinkedHashSet<>();
        orders.stream()
                .filter(o -> o.prepState() != null && state.test(o.prepState().strip().toLowerCase(Locale.ROOT)))
                .filter(o -> o.number() != null && !o.number().isBlank())
                .sorted(order)
                .forEach(o -> numbers.add(o.number().strip()));
        return numbers;
    }

    private static Instant orMin(Instant instant) {
        return instant == null ? Instant.MIN : instant;
    }
}
