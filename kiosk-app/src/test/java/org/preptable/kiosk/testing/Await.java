package org.preptable.kiosk.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition instead of sleeping a fixed time, so tests are as fast as the machine allows. */
public final class Await {

    private Await() {
    }

    /** Waits on a JavaFX scene: lets pending FX work run before each look, for up to 20 s. */
    public static void onFx(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(20), () -> {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting until " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
        }
    }
}
