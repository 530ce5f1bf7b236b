package org.preptable.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The screen's top: location and station, connection, page and clock; and under it, only while something is wrong,
 * the offline banner ("OFFLINE — link down 0:12 · 2 bumps saved, will be sent · the gateway does not answer"), so a
 * cook sees at a glance that the tickets may be stale and that their bumps are safe. "Link down" counts from the
 * moment the feed reported the drop (at most 5 s after the last byte), not from the last event. FX thread only.
 */
final class StatusBar extends VBox {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final Label connection = new Label("connecting…");
    private final Label pageLabel = new Label();
    private final Label printer = new Label();
    private final Label time = new Label();
    private final Label banner = new Label();
    private boolean live;
    private String problem = "connecting";
    private Instant lastContact;
    /** When the link went down: the first offline report after live; null while live or never connected. */
    private Instant downSince;
    private boolean everLive;
    private int waitingBumps;

    StatusBar(String locationName, String stationName, Clock clock) {
        this.clock = clock;
        Label location = new Label(locationName);
        location.getStyleClass().add("location-name");
        Label station = new Label(stationName);
        station.getStyleClass().add("station-name");
        connection.getStyleClass().add("connection");
        pageLabel.getStyleClass().add("page");
        time.getStyleClass().add("clock");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        printer.getStyleClass().add("printer");
        printer.setVisible(false);
        printer.setManaged(false);
        HBox bar = new HBox(16, location, station, connection, printer, spacer, pageLabel, time);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("offline-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(bar, banner);
        refresh();
    }

    /** "live", or what went wrong ("offline: connection refused"). */
    void showConnection(String status) {
        boolean wasLive = live;
        live = status.startsWith("live");
        problem = live ? null : status;
        if (live) {
            lastContact = clock.instant();
            everLive = true;
            downSince = null;
        } else if (wasLive || (everLive && downSince == null)) {
            downSince = clock.instant();
        }
        connection.setText(live ? "● live" : "● offline");
        connection.getStyleClass().removeAll("online", "offline");
        connection.getStyleClass().add(live ? "online" : "offline");
        refresh();
    }

    /** The ticket printer's condition ("paper low"); {@code level} is ok, warning or problem (its CSS class). */
    void showPrinter(String text, String level) {
        printer.setVisible(true);
        printer.setManaged(true);
        // Plain text, not a printer glyph: U+1F5B6 is in no font a kiosk has, and showed as an empty box. The phrases
        // name the printer themselves ("printer ready", "paper low"), so no "Printer: " prefix ("Printer: printer …").
        printer.setText(text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
        printer.getStyleClass().removeAll("ok", "warning", "problem");
        printer.getStyleClass().add(level);
    }

    /** Anything heard from the gateway (an event, a heartbeat) counts as contact. */
    void contact(Instant at) {
        lastContact = at;
    }

    void showWaitingBumps(int count) {
        waitingBumps = count;
        refresh();
    }

    void showPage(int page, int pages, int tickets) {
        pageLabel.setText(pages > 1 ? "Page " + (page + 1) + "/" + pages + " · " + tickets + " tickets"
                : tickets + (tickets == 1 ? " ticket" : " tickets"));
    }

    /** Called every second: the clock and the "link down …" counter move. */
    void refresh() {
        time.setText(CLOCK.format(LocalTime.now(clock)));
        boolean show = !live || waitingBumps > 0;
        banner.setVisible(show);
        banner.setManaged(show);
        if (!show) {
            return;
        }
        StringBuilder text = new StringBuilder(live ? "SENDING" : "OFFLINE");
        if (!live) {
            text.append(downSince == null ? " — not connected yet"
                    : " — link down " + TicketCard.formatElapsed(Duration.between(downSince, clock.instant())));
        }
        if (waitingBumps > 0) {
            text.append(" · ").append(waitingBumps).append(waitingBumps == 1 ? " bump" : " bumps")
                    .append(" saved, will be sent");
        }
        if (!live && problem != null && problem.startsWith("offline: ")) {
            String why = problem.substring("offline: ".length()).strip();
            if (!why.isEmpty() && !why.equals("null")) { // never "null" on a kitchen wall
                text.append(" · ").append(why);
            }
        }
        banner.setText(text.toString());
    }

    String bannerText() {
        return banner.isVisible() ? banner.getText() : "";
    }
}
