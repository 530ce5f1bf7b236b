package org.preptable.gateway.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of this thread per call of two ways to build the same body, in alternating rounds after a warm-up: on a
 * shared machine, thread CPU time says more than wall time or req/s.
 */
public final class BodyCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BodyCpu() {
    }

    public static String compare(Runnable old, Runnable streamed) {
        for (int i = 0; i < 3_000; i++) {
            old.run();
            streamed.run();
        }
        long oldNanos = 0;
        long streamedNanos = 0;
        int calls = 0;
        for (int round = 0; round < 6; round++) {
            oldNanos += cpu(old, 500);
            streamedNanos += cpu(streamed, 500);
            calls += 500;
        }
        return String.format("old %.1f µs, streamed %.1f µs of CPU per body (%d calls each)", oldNanos / 1e3 / calls,
                streamedNanos / 1e3 / calls, calls);
    }

    private static long cpu(Runnable work, int calls) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            work.run();
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
