package org.preptable.model.saavor;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * One {@link SaavorSimulator#run}: new orders on a fixed schedule (order {@code i} is due at start + i/rate, whatever
 * earlier responses took, so a slow gateway cannot slow the load down), with the fulfilments and voids of earlier
 * orders, and the tally of what came back.
 */
final class SaavorRun {

    private record Fate(long dueTick, long seq, String orderId, String type) {
    }

    private final SaavorSimulator simulator;
    private final int fulfilAfterOrders;
    private final Duration requestTimeout;
    private final PriorityQueue<Fate> fates =
            new PriorityQueue<>(Comparator.comparingLong(Fate::dueTick).thenComparingLong(Fate::seq));
    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private long[] responseNanos = new long[64];
    private int responses;
    private long failed;
    private String firstFailure;

    SaavorRun(SaavorSimulator simulator, int fulfilAfterOrders, Duration requestTimeout) {
        this.simulator = simulator;
        this.fulfilAfterOrders = fulfilAfterOrders;
        this.requestTimeout = requestTimeout;
    }

    SaavorSimulator.RunReport run(double ordersPerSecond, Duration duration, double fulfilRatio, double voidRatio) {
        long period = Math.max(1, Math.round(1e9 / ordersPerSecond));
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long maxLag = 0;
        int created = 0;
        int fulfilled = 0;
        int voided = 0;
        for (long tick = 0; !simulator.stopped(); tick++) {
            long dueAt = start + tick * period;
            if (dueAt - end >= 0) {
                break;
            }
            for (long wait = dueAt - System.nanoTime(); wait > 0 && !simulator.stopped(); wait = dueAt - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (simulator.stopped()) {
                break;
            }
            maxLag = Math.max(maxLag, System.nanoTime() - dueAt);
            SaavorEvent event = simulator.created();
            track(simulator.dispatch(event));
            created++;
            double fate = simulator.nextDouble();
            if (fate < voidRatio) { // a void comes soon after the order, a fulfilment once it has been made
                fates.add(new Fate(tick + 1, tick, event.order().id(), "order.voided"));
            } else if (fate < voidRatio + fulfilRatio) {
                fates.add(new Fate(tick + fulfilAfterOrders, tick, event.order().id(), "order.fulfilled"));
            }
            while (!fates.isEmpty() && fates.peek().dueTick() <= tick) {
                Fate due = fates.poll();
                var next = simulator.next(due.orderId(), due.type()); // empty if fulfilled or voided meanwhile
                if (next.isPresent()) {
                    track(simulator.dispatch(next.get()));
                    if (due.type().equals("order.voided")) {
                        voided++;
                    } else {
                        fulfilled++;
                    }
                }
            }
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(requestTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // cannot happen: sends complete normally (failures are values) within their own timeout
        }
        return report(created, fulfilled, voided, Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(maxLag));
    }

    /** Waits for the tallied future, not the send: a send's dependents may still be running when it completes. */
    private void track(CompletableFuture<SaavorSimulator.SentEvent> send) {
        CompletableFuture<Void> tallied = send.thenAccept(this::add);
        inFlight.add(tallied);
        tallied.whenComplete((done, error) -> inFlight.remove(tallied));
    }

    private synchronized void add(SaavorSimulator.SentEvent sent) {
        if (sent.failure() != null) {
            failed++;
            firstFailure = firstFailure == null ? SaavorSimulator.describe(sent.failure()) : firstFailure;
            return;
        }
        statuses.merge(sent.status(), 1L, Long::sum);
        if (responses == responseNanos.length) {
            responseNanos = Arrays.copyOf(responseNanos, responses * 2);
        }
        responseNanos[responses++] = sent.responseTime().toNanos();
    }

    private synchronized SaavorSimulator.RunReport report(int created, int fulfilled, int voided, Duration elapsed,
            Duration maxLag) {
        long[] sorted = Arrays.copyOf(responseNanos, responses);
        Arrays.sort(sorted);
        return new SaavorSimulator.RunReport(created, fulfilled, voided, Map.copyOf(statuses), failed, firstFailure,
                elapsed, maxLag, percentile(sorted, 0.5), percentile(sorted, 0.99));
    }

    private static Duration percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Duration.ZERO
                : Duration.ofNanos(sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)]);
    }
}
