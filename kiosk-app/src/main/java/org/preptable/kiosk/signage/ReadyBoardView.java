package org.preptable.kiosk.signage;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.animation.FadeTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.preptable.model.kds.KitchenOrder;

/**
 * The order board guests watch: big "ready to collect" numbers and smaller "preparing" ones. Two layouts: a narrow
 * column beside the menu (ready on top) and, when there is no menu, the whole screen (preparing left, ready right,
 * the way guests read progress). How many numbers fit depends on the layout, so the caps live here
 * ({@link ReadyBoardModel} says how many more there are).
 *
 * <p>A number that turns ready blinks a few times, as peer meal-number boards do. While the screen is offline the
 * numbers dim under a "connection lost" banner: the board cannot vouch for them, and a guest must not wait for a
 * number that was collected minutes ago. FX thread only.
 */
public final class ReadyBoardView extends VBox {

    // Columns × rows of the fixed-size tiles in signage.css at the 1920×1080 design size.
    static final int NARROW_READY_CAP = 2 * 4;
    static final int NARROW_PREPARING_CAP = 3 * 3;
    static final int WIDE_READY_CAP = 3 * 5;
    static final int WIDE_PREPARING_CAP = 3 * 7;
    private static final int LONG_NUMBER = 5;

    private final GuestText text;
    private final Label banner;
    private final TilePane readyTiles = tiles("ready-numbers");
    private final TilePane preparingTiles = tiles("preparing-numbers");
    private final Label moreReady = label("", "more-numbers");
    private final Label morePreparing = label("", "more-numbers");
    private final Label readyHint;
    private final VBox readyColumn;
    private final VBox preparingColumn;
    private List<KitchenOrder> orders = List.of();
    private boolean ordersSeen;
    private ReadyBoardModel shown;
    private boolean wide;

    public ReadyBoardView(GuestText text) {
        this.text = text;
        getStyleClass().add("ready-board");
        getStylesheets().add(SignageScreen.stylesheet());
        banner = label(text.connectionLost(), "connection-lost");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        readyHint = label(text.readyEmptyHint(), "empty-hint");
        readyHint.setWrapText(true);
        readyColumn = new VBox(title(text.readyTitle()), readyTiles, readyHint, moreReady);
        readyColumn.getStyleClass().addAll("board-column", "ready-column");
        preparingColumn = new VBox(title(text.preparingTitle()), preparingTiles, morePreparing);
        preparingColumn.getStyleClass().addAll("board-column", "preparing-column");
        setStale(false);
        arrange(false);
    }

    /** Wide: the board alone on the screen, columns side by side. Narrow: a column beside the menu. */
    public void setWide(boolean value) {
        if (value != wide) {
            arrange(value);
            render(false);
        }
    }

    public boolean isWide() {
        return wide;
    }

    public void show(List<KitchenOrder> current) {
        orders = List.copyOf(current);
        // The first list is the snapshot at start-up: nothing in it is news, so nothing blinks.
        render(ordersSeen);
        ordersSeen = true;
    }

    public void setStale(boolean stale) {
        banner.setVisible(stale);
        banner.setManaged(stale);
        getStyleClass().remove("stale");
        if (stale) {
            getStyleClass().add("stale");
        }
    }

    /** What is on the board now (for tests and the status line). */
    public ReadyBoardModel shown() {
        return shown;
    }

    private void arrange(boolean wideLayout) {
        wide = wideLayout;
        getStyleClass().removeAll("wide", "narrow");
        getStyleClass().add(wide ? "wide" : "narrow");
        if (wide) {
            HBox columns = new HBox(preparingColumn, readyColumn);
            columns.getStyleClass().add("board-columns");
            HBox.setHgrow(preparingColumn, Priority.ALWAYS);
            HBox.setHgrow(readyColumn, Priority.ALWAYS);
            // Ready gets the larger share: it is what guests came to read.
            preparingColumn.prefWidthProperty().bind(columns.widthProperty().multiply(0.38));
            readyColumn.prefWidthProperty().bind(columns.widthProperty().multiply(0.62));
            VBox.setVgrow(columns, Priority.ALWAYS);
            getChildren().setAll(banner, columns);
        } else {
            preparingColumn.prefWidthProperty().unbind();
            readyColumn.prefWidthProperty().unbind();
            VBox.setVgrow(readyColumn, Priority.ALWAYS);
            VBox.setVgrow(preparingColumn, Priority.SOMETIMES);
            getChildren().setAll(banner, readyColumn, preparingColumn);
        }
        readyTiles.setPrefColumns(wide ? 3 : 2);
        preparingTiles.setPrefColumns(3);
    }

    private void render(boolean announceNew) {
        ReadyBoardModel next = ReadyBoardModel.from(orders, wide ? WIDE_READY_CAP : NARROW_READY_CAP,
                wide ? WIDE_PREPARING_CAP : NARROW_PREPARING_CAP);
        Set<String> before = shown == null ? null : new HashSet<>(shown.ready());
        readyTiles.getChildren().clear();
        for (int i = 0; i < next.ready().size(); i++) {
            String number = next.ready().get(i);
            Label tile = tile(number);
            if (i == 0) {
                tile.getStyleClass().add("newest");
            }
            readyTiles.getChildren().add(tile);
            if (announceNew && before != null && !before.contains(number)) {
                blink(tile);
            }
        }
        preparingTiles.getChildren().setAll(next.preparing().stream().map(ReadyBoardView::tile).toList());
        setMore(moreReady, next.moreReady(), text.moreReady());
        setMore(morePreparing, next.morePreparing(), text.morePreparing());
        readyHint.setVisible(next.ready().isEmpty());
        readyHint.setManaged(next.ready().isEmpty());
        shown = next;
    }

    private static Label tile(String number) {
        Label tile = label(number, "number-tile");
        if (number.length() >= LONG_NUMBER) {
            tile.getStyleClass().add("long-number");
        }
        return tile;
    }

    private static void blink(Label tile) {
        tile.getStyleClass().add("just-ready");
        FadeTransition fade = new FadeTransition(Duration.millis(450), tile);
        fade.setFromValue(1);
        fade.setToValue(0.25);
        fade.setAutoReverse(true);
        fade.setCycleCount(6);
        fade.setOnFinished(done -> tile.setOpacity(1));
        fade.play();
    }

    private static void setMore(Label label, int more, String pattern) {
        label.setText(more > 0 ? String.format(Locale.ROOT, pattern, more) : "");
        label.setVisible(more > 0);
        label.setManaged(more > 0);
    }

    /** A column's title band, as wide as the column. */
    private static Label title(String value) {
        Label title = label(value, "column-title");
        title.setMaxWidth(Double.MAX_VALUE);
        return title;
    }

    private static TilePane tiles(String styleClass) {
        TilePane pane = new TilePane();
        pane.getStyleClass().addAll("number-tiles", styleClass);
        return pane;
    }

    private static Label label(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
