package org.preptable.kiosk.input;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keyboards and USB bump bars in keyboard mode: a key-event filter on a scene or node that submits mapped keys
 * to the {@link InputHandler} and consumes them; unmapped keys, and keys pressed with Ctrl, Alt or Meta (system
 * shortcuts), pass through untouched.
 *
 * <p>Holding a key makes the OS repeat KEY_PRESSED; a held bump key must not bump ticket after ticket, so a key
 * acts once per press and again only after its KEY_RELEASED. If the window loses focus while a key is down its
 * release never arrives, so held keys are forgotten on focus loss.
 *
 * <p>Install, uninstall and {@code learnNext} belong on the JavaFX thread, like any scene-graph change.
 */
public final class KeyboardInput {

    public static final String SOURCE = "keyboard";

    private final EventTarget target;
    private final KeyMap keys;
    private final InputHandler handler;
    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);
    private final EventHandler<KeyEvent> onPressed = this::pressed;
    private final EventHandler<KeyEvent> onReleased = this::released;
    private final ChangeListener<Boolean> onFocus = (obs, was, focused) -> {
        if (!focused) {
            held.clear();
        }
    };
    // Kept in a field: a fluent binding only lives as long as someone references it.
    private final ObservableValue<Boolean> windowFocused;
    private KeyLearner learner;

    private KeyboardInput(EventTarget target, ObservableValue<Window> window, KeyMap keys, InputHandler handler) {
        this.target = target;
        this.keys = Objects.requireNonNull(keys, "keys");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.windowFocused = window.flatMap(Window::focusedProperty).orElse(false);
        target.addEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        target.addEventFilter(KeyEvent.KEY_RELEASED, onReleased);
        windowFocused.addListener(onFocus);
    }

    /** Listens to every key typed in the scene's window — the usual choice for a kiosk. */
    public static KeyboardInput install(Scene scene, KeyMap keys, InputHandler handler) {
        return new KeyboardInput(scene, scene.windowProperty(), keys, handler);
    }

    /** Listens only while the focus is inside {@code node}. */
    public static KeyboardInput install(Node node, KeyMap keys, InputHandler handler) {
        return new KeyboardInput(node, node.sceneProperty().flatMap(Scene::windowProperty), keys, handler);
    }

    /** The next key pressed goes to {@code learner} instead of acting (unless a serial byte got there first). */
    public void learnNext(KeyLearner learner) {
        this.learner = learner;
    }

    public void uninstall() {
        target.removeEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        target.removeEventFilter(KeyEvent.KEY_RELEASED, onReleased);
        windowFocused.removeListener(onFocus);
        held.clear();
    }

    private void pressed(KeyEvent event) {
        KeyCode key = event.getCode();
        boolean repeat = !held.add(key);
        if (learner != null) {
            if (learner.isDone()) {
                learner = null;
            } else if (!repeat && learner.offerKey(key)) {
                learner = null;
                event.consume();
                return;
            }
        }
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        keys.actionFor(key).ifPresent(action -> {
            event.consume();
            if (!repeat) {
                handler.submit(action, SOURCE);
            }
        });
    }

    private void released(KeyEvent event) {
        held.remove(event.getCode());
    }
}
