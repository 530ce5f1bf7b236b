package org.preptable.kiosk.input;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every configured input of one kiosk screen, started and stopped together: the keyboard always, a serial bump
 * bar if {@code input.serial.port} is set, GPIO buttons if {@code input.gpio.pins} is set. All feed one
 * {@link InputHandler}. Typical use from the JavaFX application:
 * <pre>{@code
 * inputs = KioskInputs.start(settings, scene, screen::onAction, Platform::runLater);   // in start()
 * inputs.close();                                                                      // in stop()
 * }</pre>
 * Start, learn and close on the JavaFX thread (the keyboard filter is a scene-graph change).
 */
public final class KioskInputs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KioskInputs.class);

    private final InputSettings settings;
    private final InputHandler handler;
    private final KeyboardInput keyboard;
    private final SerialBumpBar serial;
    private final GpioButtons gpio;

    private KioskInputs(InputSettings settings, InputHandler handler, KeyboardInput keyboard, SerialBumpBar serial,
            GpioButtons gpio) {
        this.settings = settings;
        this.handler = handler;
        this.keyboard = keyboard;
        this.serial = serial;
        this.gpio = gpio;
    }

    /**
     * @param onAction  receives every action, on {@code deliverOn}
     * @param deliverOn where actions are delivered; {@code Platform::runLater} in the app
     * @throws IllegalStateException if GPIO buttons are configured but cannot be claimed (nothing is left running)
     */
    public static KioskInputs start(InputSettings settings, Scene scene, Consumer<? super KioskAction> onAction,
            Executor deliverOn) {
        InputHandler handler = new InputHandler(onAction, deliverOn);
        SerialBumpBar serial = settings.serial().enabled() ? SerialBumpBar.start(settings.serial(), handler) : null;
        GpioButtons gpio;
        try {
            gpio = settings.gpio().enabled() ? GpioButtons.start(settings.gpio(), handler) : null;
        } catch (RuntimeException e) {
            if (serial != null) {
                serial.close();
            }
            throw e;
        }
        KeyboardInput keyboard = KeyboardInput.install(scene, settings.keys(), handler);
        log.info("Kiosk inputs: keyboard{}{}", serial == null ? "" : ", serial " + settings.serial().port(),
                gpio == null ? "" : ", GPIO pins " + settings.gpio().pins().keySet());
        return new KioskInputs(settings, handler, keyboard, serial, gpio);
    }

    public InputHandler handler() {
        return handler;
    }

    public Optional<SerialBumpBar> serial() {
        return Optional.ofNullable(serial);
    }

    Optional<GpioButtons> gpio() {
        return Optional.ofNullable(gpio);
    }

    /**
     * Learn mode: the next key (keyboard or USB bump bar) or serial byte is captured for {@code action} instead of
     * acting. The future completes with the lines to save, or is cancelled by Escape or {@code cancel}.
     */
    public CompletableFuture<KeyLearner.Learned> learn(KioskAction action) {
        KeyLearner learner = new KeyLearner(action, settings.keys(), settings.serial().map());
        keyboard.learnNext(learner);
        if (serial != null) {
            serial.learnNext(learner);
        }
        return learner.result();
    }

    /** Stops the sources that run on their own threads first, so nothing submits after close returns. */
    @Override
    public void close() {
        if (gpio != null) {
            gpio.close();
        }
        if (serial != null) {
            serial.close();
        }
        keyboard.uninstall();
    }
}
