package org.preptable.kiosk.config;

import java.util.Locale;
import java.util.OptionalLong;
import org.preptable.kiosk.board.StationView;
import org.preptable.model.client.KioskClient;

/**
 * What one kitchen screen shows, settled at sign-in: the gateway's settings for this screen ({@code kiosk.screen},
 * kept centrally so a kitchen changes a screen without touching the Pi) win field by field; where the gateway sets
 * nothing (null, no screen, a gateway from before screens) the device file's {@code station} and
 * {@code colors.*-after} apply.
 *
 * @param stationName what the status bar calls the screen: "EXPO", or the station's name from the gateway
 */
public record ScreenSetup(StationView station, String stationName, DisplaySettings display) {

    /** @param stations the location's stations as sign-in listed them, for the screen's name */
    public static ScreenSetup resolve(KioskConfig config, KioskClient.SignIn signIn,
            java.util.List<KioskClient.Station> stations) {
        KioskClient.Screen screen = signIn.screen();
        OptionalLong stationId = screen != null && screen.stationId() != null
                ? OptionalLong.of(screen.stationId()) : config.stationId();
        DisplaySettings display = screen == null ? config.display()
                : config.display().withThresholds(screen.warnSeconds(), screen.lateSeconds());
        StationView station = new StationView(stationId);
        String name = stationId.isEmpty() ? "EXPO"
                : stations.stream().filter(s -> s.id() == stationId.getAsLong()).map(KioskClient.Station::name)
                        .filter(n -> n != null && !n.isBlank()).findFirst()
                        .map(n -> n.toUpperCase(Locale.ROOT)).orElse("STATION " + stationId.getAsLong());
        return new ScreenSetup(station, name, display);
    }
}
