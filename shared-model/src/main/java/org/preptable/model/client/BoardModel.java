package org.preptable.model.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.preptable.model.kds.KitchenOrder;

/**
 * The orders a kiosk shows, kept up to date from the gateway's snapshot and events. It holds only what is on the
 * screens (queued, preparing, ready); listeners get the whole list, oldest first, after every change. Thread-safe:
 * the network thread writes, the UI reads through its listener.
 */
public final class BoardModel {

    private static final Comparator<KitchenOrder> OLDEST_FIRST = Comparator
            .comparing((KitchenOrder order) -> order.placedAt() == null ? java.time.Instant.MAX : order.placedAt())
            .thenComparing(KitchenOrder::id);

    private final Map<String, KitchenOrder> orders = new LinkedHashMap<>();
    private final List<Consumer<List<KitchenOrder>>> listeners = new CopyOnWriteArrayList<>();

    public void onChange(Consumer<List<KitchenOrder>> listener) {
        listeners.add(listener);
    }

    /** Replaces everything with a snapshot (at start and after a {@code reset}). */
    public void replaceAll(List<KitchenOrder> snapshot) {
        synchronized (orders) {
            orders.clear();
            snapshot.forEach(this::put);
        }
        publish();
    }

    /**
     * Applies {@code order.created}, {@code order.updated}, {@code order.removed} (Saavor fulfilled or voided it) or
     * {@code order.expired} (the gateway took an order nobody finished off the screens); other names are ignored.
     */
    public void apply(String eventName, KitchenOrder order) {
        synchronized (orders) {
            switch (eventName) {
                case "order.created", "order.updated" -> put(order);
                case "order.removed", "order.expired" -> orders.remove(order.id());
                default -> {
                    return;
                }
            }
        }
        publish();
    }

    public List<KitchenOrder> orders() {
        synchronized (orders) {
            List<KitchenOrder> list = new ArrayList<>(orders.values());
            list.sort(OLDEST_FIRST);
            return List.copyOf(list);
        }
    }

    private void put(KitchenOrder order) {
        KitchenOrder known = orders.get(order.id());
        if (known != null && known.updatedAt() != null && order.updatedAt() != null
                && order.updatedAt().isBefore(known.updatedAt())) {
            return; // an older copy (a bump's answer overtaken by a newer event) must not undo newer news
        }
        if (isOnScreen(order)) {
            orders.put(order.id(), order);
        } else {
            orders.remove(order.id());
        }
    }

    private static boolean isOnScreen(KitchenOrder order) {
        return switch (order.prepState()) {
            case "queued", "preparing", "ready" -> true;
            default -> false;
        };
    }

    private void publish() {
        List<KitchenOrder> current = orders();
        listeners.forEach(listener -> listener.accept(current));
    }
}
