package org.preptable.kiosk.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.preptable.kiosk.board.AllDayCounts;

/** The "all day" side panel: item totals still to make across the open tickets of this screen. FX thread only. */
public final class AllDayPanel extends VBox {

    private final GridPane rows = new GridPane();

    public AllDayPanel() {
        getStyleClass().add("all-day");
        Label title = new Label("ALL DAY");
        title.getStyleClass().add("all-day-title");
        rows.getStyleClass().add("all-day-rows");
        getChildren().addAll(title, rows);
    }

    public void show(List<AllDayCounts.ItemCount> counts) {
        rows.getChildren().clear();
        if (counts.isEmpty()) {
            Label none = new Label("Nothing to make");
            none.getStyleClass().add("all-day-empty");
            rows.add(none, 0, 0);
            return;
        }
        for (int i = 0; i < counts.size(); i++) {
            Label quantity = new Label(Integer.toString(counts.get(i).quantity()));
            quantity.getStyleClass().add("all-day-quantity");
            Label name = new Label(counts.get(i).name());
            name.getStyleClass().add("all-day-name");
            rows.addRow(i, quantity, name);
        }
    }
}
