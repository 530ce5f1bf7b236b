package org.preptable.kiosk.bench;

import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import com.sun.javafx.perf.PerformanceTracker;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.kiosk.KioskSession;
import org.preptable.kiosk.Launcher;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.tools.DemoOrders;
import org.preptable.kiosk.ui.Chime;
import org.preptable.kiosk.ui.KioskScreen;

/**
 * The kiosk's performance figures (run by {@code scripts/bench/kiosk}, headless Monocle, software rendering), in
 * two phases run as separate JVMs: {@code frames [tickets]} with the Pi's heap settings, and {@code latency [orders]}
 * with a default heap, because that JVM also hosts the gateway and its embedded PostgreSQL's client:
 * <ol>
 * <li>frames: 200 open tickets on a 1920×1080 scene; each page flip and each selection move is timed until the frame
 *     showing it has been rendered (JavaFX's PerformanceTracker hook; within two 60 Hz frames is on time);
 *     then pages turn on every pulse (15 s, then 20 s measured) and the rendered and dropped frames are counted;
 *     and, as a worst case, a full-scene software snapshot after each flip;</li>
 * <li>event to screen: a real gateway (embedded PostgreSQL) and a signed-in kiosk session; orders posted through
 *     the Saavor webhook, timed from just before the POST until the ticket is in the screen after a layout pulse;</li>
 * <li>RSS of this JVM (VmRSS) with 200 tickets on screen, after the render phase.</li>
 * </ol>
 */
public final class KioskBench {

    /** A change shown within two 60 Hz frames (the next pulse, then its render) is on time. */
    private static final double TWO_FRAMES_MS = 2000.0 / 60;

    private KioskBench() {
    }

    public static void main(String[] args) throws Exception {
        String phase = args.length > 0 ? args[0] : "frames";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : phase.equals("frames") ? 200 : 100;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Launcher.applyRenderingDefaults();
        Platform.startup(() -> started.complete(null));
        started.get();
        if (phase.equals("frames")) {
            frames(count);
        } else {
            eventToScreen(count);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void frames(int tickets) throws Exception {
        KioskScreen screen = onFx(() -> {
            KioskScreen s = new KioskScreen("Bench", StationView.expo(), DisplaySettings.defaults(), Duration.ofMinutes(3),
                    Clock.systemUTC(), bump -> { }, Chime.silent());
            Stage stage = new Stage();
            stage.setScene(new Scene(s, 1920, 1080));
            stage.show();
            return s;
        });
        long t0 = System.nanoTime();
        onFx(() -> {
            screen.showOrders(DemoOrders.lunchRush(Instant.now(), tickets));
            return screen.snapshot(null, null);
        });
        System.out.printf(Locale.ROOT, "frames: %d tickets loaded and first frame rendered in %.1f ms%n", tickets,
                (System.nanoTime() - t0) / 1e6);
        // Warm up the JIT a little, as a kiosk would be after its first minutes.
        for (int i = 0; i < 40; i++) {
            onFx(() -> {
                screen.pageBy(1);
                return screen.snapshot(null, null);
            });
        }
        onFx(() -> {
            screen.pageBy(-1000);
            return null;
        });
        // The real pipeline: a change on the FX thread, then the pulse lays it out and the render thread paints the
        // dirty region; PerformanceTracker's rendered-frame hook fires when that frame is done.
        Scene scene = onFx(screen::getScene);
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        List<Double> flips = new ArrayList<>();
        int pages = (tickets + 9) / 10;
        for (int i = 0; i < 150; i++) {
            // Forward to the last page and back again: every flip changes the page (a no-op renders no frame).
            int step = i / Math.max(1, pages - 1) % 2 == 0 ? 1 : -1;
            flips.add(changeToRenderedFrame(tracker, () -> screen.pageBy(step)));
        }
        report("frames: page flip → frame rendered", flips);
        List<Double> moves = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            moves.add(changeToRenderedFrame(tracker, () -> screen.move(1)));
        }
        report("frames: selection move (walks all tickets, turning pages) → frame rendered", moves);
        // Page non-stop for a while first, as a kiosk has by the time its cooks bump through a rush, then measure.
        continuousPaging(tracker, pages, Duration.ofSeconds(Long.getLong("bench.pagingWarmupSeconds", 15)), false);
        continuousPaging(tracker, pages, Duration.ofSeconds(Long.getLong("bench.pagingSeconds", 20)), true);
        List<Double> snapshots = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int step = i % 2 == 0 ? 1 : -1;
            snapshots.add(timeFrame(() -> screen.pageBy(step)));
        }
        report("frames: page flip + full-scene software snapshot (worst case, no dirty regions)", snapshots);
        System.gc();
        Thread.sleep(500);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "memory: VmRSS %d MB with %d tickets on the board (heap used %d MB of max %d MB)%n",
                rssKb() / 1024, tickets, (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024),
                runtime.maxMemory() / (1024 * 1024));
    }

    /** Time from making a change on the FX thread until the frame showing it has been rendered. */
    private static double changeToRenderedFrame(PerformanceTracker tracker, Runnable change) throws Exception {
        CompletableFuture<Long> rendered = new CompletableFuture<>();
        long[] start = new long[1];
        onFx(() -> {
            tracker.setOnRenderedFrameTask(() -> rendered.complete(System.nanoTime()));
            start[0] = System.nanoTime();
            change.run();
            return null;
        });
        long end = rendered.get(10, TimeUnit.SECONDS);
        onFx(() -> {
            tracker.setOnRenderedFrameTask(null);
            return null;
        });
        return (end - start[0]) / 1e6;
    }

    /**
     * Turns a page on every pulse for a while: the frames per second the software pipeline keeps up, and the frames
     * it dropped. Every rendered frame's time is kept; a gap between two rendered frames of k pulse periods means
     * k − 1 frames were dropped (the period is the median gap between pulses, 16–17 ms). Late frames are listed by
     * JVM uptime, to be matched against {@code -Xlog:gc}.
     */
    private static void continuousPaging(PerformanceTracker tracker, int pages, Duration length, boolean report)
            throws Exception {
        KioskScreen screen = (KioskScreen) onFx(() -> Stage.getWindows().get(0).getScene().getRoot());
        onFx(() -> {
            screen.pageBy(-pages);
            return null;
        });
        // Up to ten pages forward, as many back: every pulse turns a page (a turn past the end would render nothing).
        int run = Math.max(1, Math.min(10, pages - 1));
        int[] flips = new int[1];
        long[] pulses = new long[(int) length.toSeconds() * 200];
        long[] frames = new long[pulses.length];
        AtomicInteger frameCount = new AtomicInteger();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (flips[0] < pulses.length) {
                    pulses[flips[0]] = System.nanoTime();
                }
                screen.pageBy(flips[0]++ / run % 2 == 0 ? 1 : -1);
            }
        };
        onFx(() -> {
            tracker.resetAverageFPS();
            tracker.resetAveragePulses();
            tracker.setOnRenderedFrameTask(() -> {
                int i = frameCount.getAndIncrement();
                if (i < frames.length) {
                    frames[i] = System.nanoTime();
                }
            });
            timer.start();
            return null;
        });
        Thread.sleep(length.toMillis());
        float[] figures = onFx(() -> {
            timer.stop();
            tracker.setOnRenderedFrameTask(null);
            return new float[] {tracker.getAverageFPS(), tracker.getAveragePulses()};
        });
        if (!report) {
            return;
        }
        int rendered = Math.min(frameCount.get(), frames.length);
        List<Double> pulseGaps = gaps(pulses, Math.min(flips[0], pulses.length));
        Collections.sort(pulseGaps);
        double period = pct(pulseGaps, 50);
        List<Double> frameGaps = gaps(frames, rendered);
        long dropped = 0;
        List<String> late = new ArrayList<>();
        long jvmStart = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        for (int i = 0; i < frameGaps.size(); i++) {
            double gap = frameGaps.get(i);
            long missed = Math.max(0, Math.round(gap / period) - 1);
            dropped += missed;
            if (missed > 0 && late.size() < 20) {
                // frameGaps.get(i) ends at frames[i + 1]
                late.add(String.format(Locale.ROOT, "%.2f s (%.0f ms)", (frames[i + 1] - jvmStart) / 1e9, gap));
            }
        }
        System.out.printf(Locale.ROOT, "frames: continuous paging for %d s: %.1f frames/s rendered, %.1f pulses/s, "
                + "%d pages turned%n", length.toSeconds(), figures[0], figures[1], flips[0]);
        System.out.printf(Locale.ROOT, "frames: continuous paging: %d frames rendered, pulse period %.1f ms, "
                + "%d frames dropped%s%n", rendered, period, dropped, late.isEmpty() ? "" : "; late at uptime " + late);
        report("frames: continuous paging, gap between rendered frames", frameGaps); // sorts it: last
    }

    private static List<Double> gaps(long[] times, int count) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            gaps.add((times[i] - times[i - 1]) / 1e6);
        }
        return gaps;
    }

    /** One frame: the change and a full software render of the scene, both on the FX thread, timed together. */
    private static double timeFrame(Runnable change) throws Exception {
        long start = System.nanoTime();
        onFx(() -> {
            change.run();
            return Stage.getWindows().get(0).getScene().snapshot(null);
        });
        return (System.nanoTime() - start) / 1e6;
    }

    private static void eventToScreen(int orders) throws Exception {
        try (TestGateway gateway = TestGateway.start()) {
            ApiClient admin = gateway.client().as(gateway.client().admin());
            String storeRef = "bench-kiosk";
            var location = admin.post("/locations", Map.of("name", "Bench Kitchen", "saavor_store_ref", storeRef));
            String token = admin.post("/locations/" + location.json().get("id").asText() + "/kiosk_token/rotate", null)
                    .json().get("token").asText();
            Properties p = new Properties();
            p.setProperty(KioskConfig.GATEWAY_URL, gateway.baseUrl());
            p.setProperty(KioskConfig.KIOSK_TOKEN, token);
            p.setProperty(KioskConfig.DATA_DIR, Files.createTempDirectory("kiosk-bench").toString());
            KioskSession session = KioskSession.open(KioskConfig.from(p, "bench"), Clock.systemUTC(), Chime.silent());
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            Map<String, Long> shownAt = new ConcurrentHashMap<>();
            onFx(() -> {
                Stage stage = new Stage();
                Scene scene = new Scene(session.screen(), 1920, 1080);
                scene.addPostLayoutPulseListener(() -> session.screen().shownOrders().forEach(order -> {
                    if (sentAt.containsKey(order.saavorOrderId())) {
                        shownAt.putIfAbsent(order.saavorOrderId(), System.nanoTime());
                    }
                }));
                stage.setScene(scene);
                stage.show();
                session.start();
                return null;
            });
            WebhookSender saavor = new WebhookSender(gateway.client());
            Thread.sleep(1500);
            for (int i = 0; i < orders; i++) {
                String id = "B-" + i;
                var webhook = event("order.created", storeRef, id, Instant.now(), line("BRG-CLS", "Classic burger", 1));
                sentAt.put(id, System.nanoTime());
                saavor.send(webhook);
                Thread.sleep(200);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (shownAt.size() < orders && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<Double> latencies = new ArrayList<>();
            shownAt.forEach((id, shown) -> latencies.add((shown - sentAt.get(id)) / 1e6));
            report("event to screen: webhook POST → ticket on the kiosk screen (" + shownAt.size() + "/" + orders
                    + " shown)", latencies);
            session.close();
        }
    }

    private static void report(String what, List<Double> millis) {
        if (millis.isEmpty()) {
            System.out.println(what + ": no samples");
            return;
        }
        Collections.sort(millis);
        long late = millis.stream().filter(ms -> ms > TWO_FRAMES_MS).count();
        System.out.printf(Locale.ROOT, "%s: n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms; over two frames (33 ms): %d%n", what,
                millis.size(), pct(millis, 50), pct(millis, 99), millis.get(millis.size() - 1), late);
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
