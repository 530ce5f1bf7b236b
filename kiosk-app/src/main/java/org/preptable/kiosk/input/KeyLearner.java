package org.preptable.kiosk.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.scene.input.KeyCode;

/**
 * Bump-key learn mode: "press the key for BUMP now". Hand one learner to {@link KeyboardInput#learnNext} and
 * {@link SerialBumpBar#learnNext}; the first key or serial byte that arrives is captured (not acted on) and
 * {@link #result()} completes with the config lines to save. Escape cancels (the result is then cancelled).
 *
 * <p>A learned key is <em>added</em> to the action's keys, so the keyboard defaults keep working next to a
 * bump bar; if the key belonged to another action, a second line takes it away from that action. A learned
 * byte reassigns that byte in {@code input.serial.map}. The result completes on the thread that delivered the
 * key (JavaFX or the serial reader); use {@code thenAcceptAsync(…, Platform::runLater)} to show it.
 */
public final class KeyLearner {

    /** What was learned: the action, the input as shown to people ({@code F5}, {@code byte 0x41}), lines to save. */
    public record Learned(KioskAction action, String input, List<String> configLines) {
        public Learned {
            configLines = List.copyOf(configLines);
        }
    }

    private final KioskAction target;
    private final KeyMap keys;
    private final SerialByteMap bytes;
    private final CompletableFuture<Learned> result = new CompletableFuture<>();

    public KeyLearner(KioskAction target, KeyMap keys, SerialByteMap bytes) {
        this.target = Objects.requireNonNull(target, "target");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    public KioskAction target() {
        return target;
    }

    public CompletableFuture<Learned> result() {
        return result;
    }

    public boolean isDone() {
        return result.isDone();
    }

    public void cancel() {
        result.cancel(false);
    }

    /**
     * Offers a pressed key. Returns true if the learner took it (the source must then not act on it): the first
     * non-modifier key, or Escape, which cancels. Modifier keys alone are skipped because bump bars in keyboard
     * mode often send Shift or Ctrl around the real key.
     */
    public boolean offerKey(KeyCode key) {
        if (isDone() || key.isModifierKey()) {
            return false;
        }
        if (key == KeyCode.ESCAPE) {
            return cancelled();
        }
        List<KeyCode> targetKeys = new ArrayList<>(keys.keysFor(target));
        if (!targetKeys.contains(key)) {
            targetKeys.add(key);
        }
        KeyMap learned = keys.withKeys(target, targetKeys);
        List<String> lines = new ArrayList<>();
        lines.add(learned.configLine(target));
        keys.actionFor(key).filter(owner -> owner != target).ifPresent(owner -> {
            List<KeyCode> remaining = new ArrayList<>(keys.keysFor(owner));
            remaining.remove(key);
            lines.add(learned.withKeys(owner, remaining).configLine(owner));
        });
        return result.complete(new Learned(target, key.name(), lines));
    }

    /** Offers a serial byte (0–255); true if the learner took it. */
    public boolean offerByte(int unsignedByte) {
        if (isDone()) {
            return false;
        }
        String line = InputSettings.SERIAL_MAP + " = " + bytes.with(unsignedByte, target).toConfigValue();
        return result.complete(new Learned(target, "byte " + SerialByteMap.hex(unsignedByte), List.of(line)));
    }

    private boolean cancelled() {
        cancel();
        return true;
    }
}
