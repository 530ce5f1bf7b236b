package org.preptable.kiosk.config;

import org.preptable.model.device.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * How the kitchen screen looks and behaves, from the kiosk's properties file:
 * <pre>
 * layout.columns     = auto | 1…12   tickets side by side (auto: one per 360 px of screen width)
 * layout.rows        = 1…4           rows of tickets per page (default 2)
 * colors.warn-after  = 5m            age at which a ticket turns amber (and gets a "!" marker)
 * colors.late-after  = 10m           age at which a ticket turns red (and gets a thick border and "LATE")
 * bump.hold-seconds  = 3             how long a bump waits on screen, undoable, before it is sent (0 = at once)
 * recall.size        = 8             how many bumped tickets recall shows
 * sound.new-ticket   = true          a chime when a new ticket arrives
 * display.void-seconds = 10          how long a voided order stays on screen, marked VOID (0 = not at all)
 * display.close-gaps-seconds = 5     how long nobody must press a key or touch the screen before the empty slots
 *                                    that leaving tickets left close up (0 = close at once: tickets shift)
 * </pre>
 *
 * @param columns 0 for auto
 */
public record DisplaySettings(int columns, int rows, Duration warnAfter, Duration lateAfter, Duration bumpHold,
        int recallSize, boolean soundOnNewTicket, Duration voidShown, Duration closeGapsAfter) {

    public static final String COLUMNS = "layout.columns";
    public static final String ROWS = "layout.rows";
    public static final String WARN_AFTER = "colors.warn-after";
    public static final String LATE_AFTER = "colors.late-after";
    public static final String BUMP_HOLD = "bump.hold-seconds";
    public static final String RECALL_SIZE = "recall.size";
    public static final String SOUND = "sound.new-ticket";
    public static final String VOID_SECONDS = "display.void-seconds";
    public static final String CLOSE_GAPS_SECONDS = "display.close-gaps-seconds";

    public static DisplaySettings defaults() {
        return new DisplaySettings(0, 2, Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofSeconds(3), 8, true,
                Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    public static DisplaySettings from(Properties properties, List<String> problems) {
        DisplaySettings d = defaults();
        String columnsText = Settings.value(properties, COLUMNS);
        int columns = columnsText.isEmpty() || columnsText.equalsIgnoreCase("auto") ? 0
                : Settings.intIn(properties, COLUMNS, 1, 12, d.columns(), problems);
        int rows = Settings.intIn(properties, ROWS, 1, 4, d.rows(), problems);
        Duration warn = Settings.duration(properties, WARN_AFTER, d.warnAfter(), problems);
        Duration late = Settings.duration(properties, LATE_AFTER, d.lateAfter(), problems);
        if (late.compareTo(warn) <= 0) {
            problems.add(LATE_AFTER + " (" + late.toSeconds() + " s) must be longer than " + WARN_AFTER + " ("
                    + warn.toSeconds() + " s)");
        }
        int hold = Settings.intIn(properties, BUMP_HOLD, 0, 30, (int) d.bumpHold().toSeconds(), problems);
        int recall = Settings.intIn(properties, RECALL_SIZE, 1, 50, d.recallSize(), problems);
        boolean sound = Settings.bool(properties, SOUND, d.soundOnNewTicket(), problems);
        int voidSeconds = Settings.intIn(properties, VOID_SECONDS, 0, 120, (int) d.voidShown().toSeconds(), problems);
        int closeGaps = Settings.intIn(properties, CLOSE_GAPS_SECONDS, 0, 300, (int) d.closeGapsAfter().toSeconds(),
                problems);
        return new DisplaySettings(columns, rows, warn, late, Duration.ofSeconds(hold), recall, sound,
                Duration.ofSeconds(voidSeconds), Duration.ofSeconds(closeGaps));
    }

    /**
     * These settings with the screen's thresholds from the gateway where it sets them (null: keep the device file's).
     * Thresholds that would not escalate (late not after warn) are ignored as a pair, so a half-updated screen never
     * turns every ticket red at once.
     */
    public DisplaySettings withThresholds(Integer warnSeconds, Integer lateSeconds) {
        Duration warn = warnSeconds == null || warnSeconds <= 0 ? warnAfter : Duration.ofSeconds(warnSeconds);
        Duration late = lateSeconds == null || lateSeconds <= 0 ? lateAfter : Duration.ofSeconds(lateSeconds);
        if (late.compareTo(warn) <= 0) {
            return this;
        }
        return new DisplaySettings(columns, rows, warn, late, bumpHold, recallSize, soundOnNewTicket, voidShown,
                closeGapsAfter);
    }

    /** The columns to use on a screen of the given width. */
    public int columnsFor(double screenWidth) {
        return columns > 0 ? columns : Math.max(1, Math.min(12, (int) (screenWidth / 360)));
    }
}
