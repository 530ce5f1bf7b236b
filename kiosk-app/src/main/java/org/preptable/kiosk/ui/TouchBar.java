package org.preptable.kiosk.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.preptable.kiosk.input.KioskAction;

/**
 * The bottom of the kitchen screen: large buttons for a touch screen or a mouse that do what the bump-bar keys do
 * (page, undo, rush, recall, all day), and the key hints for the keyboard. The buttons never take the keyboard focus,
 * so Enter and Space always reach the bump bar's handler. FX thread only.
 */
final class TouchBar extends HBox {

    static final String KEY_HINTS =
            "1–9, 0 select · ←→ move · Enter bump · ⌫ undo · * rush · R recall · S all day · PgUp/PgDn page";

    TouchBar(Consumer<KioskAction> actions) {
        getStyleClass().add("touch-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label(KEY_HINTS);
        keys.getStyleClass().add("key-hints");
        keys.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(
                button("◀ Page", "page-up-button", KioskAction.PAGE_UP, actions),
                button("Undo", "undo-button", KioskAction.UNDO, actions),
                button("Rush", "rush-button", KioskAction.RUSH, actions),
                button("Recall", "recall-button", KioskAction.RECALL, actions),
                button("All day", "summary-button", KioskAction.SUMMARY, actions),
                keys, spacer,
                button("Page ▶", "page-down-button", KioskAction.PAGE_DOWN, actions));
    }

    private static Button button(String text, String styleClass, KioskAction action, Consumer<KioskAction> actions) {
        Button button = new Button(text);
        button.getStyleClass().addAll("touch-button", styleClass);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> actions.accept(action));
        return button;
    }
}
