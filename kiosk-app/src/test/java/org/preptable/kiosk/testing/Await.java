package org.preptable.kiosk.testing;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Polls a condition instead of sleeping a fixed time, so tests are as fast as the machine allows. A timeout here
 * bounds a hang; it is never a claim about speed, so it is generous enough for a loaded 2-core machine.
 */
public final class Await {

    private static final Duration FX_TIMEOUT = Duration.ofSeconds(20);

    private Await() {
    }

    /**
     * Waits on a JavaFX scene, for up to 20 s. The condition runs <em>on the FX thread</em>, after the FX work queued
     * before it: the scene graph is not thread-safe, and reading a node's text or size from the test thread while a
     * pulse lays it out can see it half-built (a {@code NullPointerException} inside the text layout, seen under load).
     */
    public static void onFx(String what, BooleanSupplier condition) {
        until(what, FX_TIMEOUT, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(FX_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError("checking whether " + what + " failed", e.getCause());
            } catch (TimeoutException e) {
                throw new AssertionError("the FX thread did not run the check for " + what, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
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
