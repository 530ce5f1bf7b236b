package org.preptable.kiosk.ui;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.preptable.model.kds.KitchenOrder;

/**
 * Expo's view of who is still working on an order: one chip per station with lines in it, "Grill: preparing",
 * "Pastry: ready ✓", coloured like the state chips but readable without the colour. FX thread only.
 */
final class StationChips extends FlowPane {

    StationChips(KitchenOrder order) {
        getStyleClass().add("station-chips");
        for (KitchenOrder.StationState station : order.stations()) {
            String name = station.stationName() == null || station.stationName().isBlank()
                    ? "Station " + station.stationId() : station.stationName();
            String state = station.prepState() == null ? "?" : station.prepState().toLowerCase(Locale.ROOT);
            Label chip = new Label(name + ": " + state + ("ready".equals(state) ? " ✓" : ""));
            chip.getStyleClass().addAll("station-chip", "station-" + state);
            chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            getChildren().add(chip);
        }
    }

    /** The chips' texts, for tests. */
    java.util.List<String> texts() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
