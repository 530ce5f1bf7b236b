package org.preptable.kiosk.ui;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A full-screen message for when there is no board to show yet: signing in, a refused kiosk token, an unreachable
 * gateway, a broken config file. Says what is wrong, what to do, and that the kiosk keeps trying. FX thread only.
 */
public final class MessageScreen extends VBox {

    private final Label title = new Label();
    private final Label text = new Label();
    private final Label retry = new Label();

    public MessageScreen() {
        getStyleClass().add("message-screen");
        getStylesheets().add(Objects.requireNonNull(MessageScreen.class.getResource(TicketBoard.STYLESHEET)).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("message-title");
        text.getStyleClass().add("message-text");
        text.setWrapText(true);
        retry.getStyleClass().add("message-retry");
        getChildren().addAll(title, text, retry);
        show("Starting the kitchen display…", "", "");
    }

    /** A normal message ("Connecting to …"). */
    public void show(String heading, String detail, String retryLine) {
        getStyleClass().remove("error");
        set(heading, detail, retryLine);
    }

    /** Something the kitchen must fix (a refused token, an unreachable gateway), in red. */
    public void showProblem(String heading, String detail, String retryLine) {
        if (!getStyleClass().contains("error")) {
            getStyleClass().add("error");
        }
        set(heading, detail, retryLine);
    }

    public String heading() {
        return title.getText();
    }

    public String detail() {
        return text.getText();
    }

    private void set(String heading, String detail, String retryLine) {
        title.setText(heading);
        text.setText(detail);
        retry.setText(retryLine);
    }
}
