package org.preptable.kiosk.input;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every input source sends its actions to. Sources call {@link #submit} from whatever thread they
 * run on (JavaFX, the serial reader, Pi4J's event thread); the handler hands each action to the consumer on the
 * given executor — the app passes {@code Platform::runLater} — so no source ever touches the UI directly.
 * Actions from one source arrive in the order that source submitted them.
 */
public final class InputHandler {

    private static final Logger log = LoggerFactory.getLogger(InputHandler.class);

    private final Consumer<? super KioskAction> consumer;
    private final Executor deliverOn;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public InputHandler(Consumer<? super KioskAction> consumer, Executor deliverOn) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.deliverOn = Objects.requireNonNull(deliverOn, "deliverOn");
    }

    /**
     * Queues an action for the consumer.
     *
     * @param source where it came from, for logs and counts: {@code keyboard}, {@code serial:/dev/ttyUSB0},
     *               {@code gpio:17}
     */
    public void submit(KioskAction action, String source) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        counts.computeIfAbsent(source, s -> new LongAdder()).increment();
        log.debug("{} from {}", action, source);
        try {
            deliverOn.execute(() -> deliver(action, source));
        } catch (RejectedExecutionException e) {
            // The UI is shutting down; a late bump-bar byte is not worth an error.
            log.debug("Dropped {} from {}: the consumer no longer accepts actions", action, source);
        }
    }

    /** How many actions each source has submitted, by source name. */
    public Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((source, n) -> copy.put(source, n.sum()));
        return copy;
    }

    public long count(String source) {
        LongAdder n = counts.get(source);
        return n == null ? 0 : n.sum();
    }

    // A failing screen handler must not kill a background source or vanish silently inside an executor.
    private void deliver(KioskAction action, String source) {
        try {
            consumer.accept(action);
        } catch (RuntimeException e) {
            log.error("Handling {} from {} failed", action, source, e);
        }
    }
}
