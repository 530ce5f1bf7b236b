package org.preptable.kiosk.signage;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.preptable.model.kds.KitchenOrder;

/**
 * The whole signage screen: the menu board with the order board beside it, or the order board alone when the
 * location has no menu to show (the gateway has no menu route yet, or nothing is placed now), over a thin status
 * line (location, live/offline, clock). Designed at 1920×1080 and scaled to the real screen. FX thread only.
 */
public final class SignageScreen extends StackPane {

    /** Whether a menu is on screen: not known yet, shown beside the order board, or none (the board alone). */
    public enum MenuState { PENDING, SHOWN, NONE }

    static final double DESIGN_WIDTH = 1920;
    static final double DESIGN_HEIGHT = 1080;
    static final String STYLESHEET = "signage.css";

    private final MenuBoardView menuBoard;
    private final ReadyBoardView readyBoard;
    private final BorderPane layout = new BorderPane();
    private final HBox sideBySide = new HBox();
    private final Label status = label("…", "connection");
    private final Label time = label("", "clock");
    private final Clock clock;
    private final GuestText text;
    private final DateTimeFormatter timeFormat;
    private LocalTime offlineSince;
    private MenuState menuState = MenuState.PENDING;

    /** @param clock in the location's time zone: the status line shows the guests' local time */
    public SignageScreen(String locationName, Clock clock, SignageSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.text = GuestText.forLocale(settings.locale());
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(settings.locale());
        getStyleClass().add("signage-screen");
        getStylesheets().add(stylesheet());
        menuBoard = new MenuBoardView(new MenuFormat(settings.locale(), settings.currency()), text);
        readyBoard = new ReadyBoardView(text);
        HBox.setHgrow(menuBoard, Priority.ALWAYS);
        sideBySide.getStyleClass().add("side-by-side");

        Label location = label(locationName, "location-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(24, location, spacer, status, time);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-line");
        layout.setBottom(bar);
        layout.getStyleClass().add("signage-layout");
        getChildren().add(ScaledPane.designedFor(layout, DESIGN_WIDTH, DESIGN_HEIGHT));
        // Until the first answer about the menu, the order board has the screen: it is useful on its own.
        readyBoard.setWide(true);
        layout.setCenter(readyBoard);

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), tick -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        tick();
    }

    /** Shows a menu beside the order board; an empty menu is no menu (half a screen of nothing helps no guest). */
    public void showMenu(CurrentMenu menu) {
        if (menu.isEmpty()) {
            showNoMenu();
            return;
        }
        menuBoard.show(menu);
        if (menuState != MenuState.SHOWN) {
            readyBoard.setWide(false);
            readyBoard.prefWidthProperty().bind(sideBySide.widthProperty().multiply(0.34));
            readyBoard.minWidthProperty().bind(readyBoard.prefWidthProperty());
            sideBySide.getChildren().setAll(menuBoard, readyBoard);
            layout.setCenter(sideBySide);
            menuState = MenuState.SHOWN;
        }
    }

    /** The order board alone, full screen. */
    public void showNoMenu() {
        if (menuState == MenuState.NONE) {
            return;
        }
        readyBoard.prefWidthProperty().unbind();
        readyBoard.minWidthProperty().unbind();
        readyBoard.setMinWidth(Region.USE_COMPUTED_SIZE);
        readyBoard.setPrefWidth(Region.USE_COMPUTED_SIZE);
        sideBySide.getChildren().clear();
        readyBoard.setWide(true);
        layout.setCenter(readyBoard);
        menuState = MenuState.NONE;
    }

    public void showOrders(List<KitchenOrder> orders) {
        readyBoard.show(orders);
    }

    /** Takes the order feed's status: {@code live}, or {@code offline: …} (anything else counts as not live). */
    public void showStatus(String feedStatus) {
        boolean live = feedStatus != null && feedStatus.startsWith("live");
        if (live) {
            offlineSince = null;
            status.setText(text.live());
        } else {
            if (offlineSince == null) {
                offlineSince = LocalTime.now(clock);
            }
            status.setText(String.format(text.offlineSince(), timeFormat.format(offlineSince)));
        }
        status.getStyleClass().removeAll("online", "offline");
        status.getStyleClass().add(live ? "online" : "offline");
        readyBoard.setStale(!live);
    }

    public boolean isMenuShown() {
        return menuState == MenuState.SHOWN;
    }

    public MenuState menuState() {
        return menuState;
    }

    public MenuBoardView menuBoard() {
        return menuBoard;
    }

    public ReadyBoardView readyBoard() {
        return readyBoard;
    }

    /** Every signage view carries the stylesheet itself, so it looks the same in any scene (and in tests). */
    static String stylesheet() {
        return Objects.requireNonNull(SignageScreen.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }

    private void tick() {
        time.setText(timeFormat.format(LocalTime.now(clock)));
    }

    private static Label label(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
