package org.preptable.kiosk.ui;

import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.preptable.kiosk.board.AllDayCounts;
import org.preptable.kiosk.board.SpeedFigure;

/**
 * The "all day" side panel: item totals still to make across the open tickets of this screen, and under them
 * today's speed of service (median time to ready) for this screen's station, when the gateway can say. FX thread
 * only.
 */
public final class AllDayPanel extends VBox {

    private final GridPane rows = new GridPane();
    private final VBox speed = new VBox();
    private final GridPane speedRows = new GridPane();

    public AllDayPanel() {
        getStyleClass().add("all-day");
        Label title = new Label("ALL DAY");
        title.getStyleClass().add("all-day-title");
        rows.getStyleClass().add("all-day-rows");
        Label speedTitle = new Label("SPEED TODAY · median time from new to ready");
        speedTitle.getStyleClass().add("speed-title");
        speedTitle.setWrapText(true);
        speedRows.getStyleClass().add("speed-rows");
        speed.getStyleClass().add("speed");
        speed.getChildren().addAll(speedTitle, speedRows);
        showSpeed(List.of());
        getChildren().addAll(title, rows, speed);
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

    /** Today's medians; none (no figures yet, or the gateway cannot say) hides the section. */
    public void showSpeed(List<SpeedFigure> figures) {
        speed.setVisible(!figures.isEmpty());
        speed.setManaged(!figures.isEmpty());
        speedRows.getChildren().clear();
        for (int i = 0; i < figures.size(); i++) {
            SpeedFigure figure = figures.get(i);
            Label time = new Label(TicketCard.formatElapsed(Duration.ofSeconds(figure.p50Seconds())));
            time.getStyleClass().add("speed-p50");
            Label what = new Label(figure.label() + " · " + figure.count() + (figure.count() == 1 ? " ticket" : " tickets"));
            what.getStyleClass().add("speed-label");
            speedRows.addRow(i, time, what);
        }
    }
}
