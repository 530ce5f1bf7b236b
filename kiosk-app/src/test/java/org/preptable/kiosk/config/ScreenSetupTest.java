package org.preptable.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preptable.model.client.KioskClient;

/** {@code kiosk.screen} and {@code display.void-seconds} in the file, and the gateway's screen settings over it. */
class ScreenSetupTest {

    private static final List<KioskClient.Station> STATIONS = List.of(new KioskClient.Station(1, "Grill"),
            new KioskClient.Station(2, "Pastry"));

    @Test
    void theScreenNameAndVoidSecondsAreReadAndChecked() throws IOException {
        KioskConfig config = config("kiosk.screen = grill-1\ndisplay.void-seconds = 20\n");
        assertThat(config.screenName()).isEqualTo("grill-1");
        assertThat(config.display().voidShown()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config("").screenName()).isEmpty();
        assertThat(config("kiosk.screen = Grill-1\n").screenName()).as("as the gateway reads it").isEqualTo("grill-1");
        assertThat(config("").display().voidShown()).as("default").isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> config("kiosk.screen = grill 1\ndisplay.void-seconds = 500\n"))
                .hasMessageContaining("kiosk.screen must be 1–40 lower-case letters, digits, '-' or '_'")
                .hasMessageContaining("was 'grill 1'")
                .hasMessageContaining("display.void-seconds");
    }

    @Test
    void theIdleTimeBeforeGapsCloseIsReadAndChecked() throws IOException {
        assertThat(config("").display().closeGapsAfter()).as("default").isEqualTo(Duration.ofSeconds(5));
        assertThat(config("display.close-gaps-seconds = 12\n").display().closeGapsAfter())
                .isEqualTo(Duration.ofSeconds(12));
        assertThat(config("display.close-gaps-seconds = 0\n").display().closeGapsAfter()).isZero();
        assertThatThrownBy(() -> config("display.close-gaps-seconds = -1\n"))
                .hasMessageContaining("display.close-gaps-seconds");
    }

    @Test
    void theGatewaysScreenSettingsWinAndTheFileIsTheFallback() throws IOException {
        KioskConfig file = config("station = 2\nkiosk.screen = line-a\ncolors.warn-after = 4m\ncolors.late-after = 8m\n");

        ScreenSetup central = resolve(file, signIn(new KioskClient.Screen(SCREEN_ID, "line-a", 1L, 120, 300)));
        assertThat(central.station().stationId()).hasValue(1);
        assertThat(central.stationName()).isEqualTo("GRILL");
        assertThat(central.display().warnAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(central.display().lateAfter()).isEqualTo(Duration.ofMinutes(5));

        ScreenSetup nulls = resolve(file, signIn(new KioskClient.Screen(SCREEN_ID, "line-a", null, null, 600)));
        assertThat(nulls.station().stationId()).as("null: the file's station").hasValue(2);
        assertThat(nulls.stationName()).isEqualTo("PASTRY");
        assertThat(nulls.display().warnAfter()).isEqualTo(Duration.ofMinutes(4));
        assertThat(nulls.display().lateAfter()).isEqualTo(Duration.ofMinutes(10));

        ScreenSetup noScreen = resolve(file, signIn(null));
        assertThat(noScreen.station().stationId()).hasValue(2);
        assertThat(noScreen.display()).isEqualTo(file.display());

        ScreenSetup odd = resolve(file, signIn(new KioskClient.Screen(SCREEN_ID, "line-a", 9L, 60, null)));
        assertThat(odd.stationName()).as("a station sign-in did not name").isEqualTo("STATION 9");
        assertThat(odd.display().warnAfter()).isEqualTo(Duration.ofMinutes(1));

        ScreenSetup upsideDown = resolve(file, signIn(new KioskClient.Screen(SCREEN_ID, "line-a", null, 900, null)));
        assertThat(upsideDown.display()).as("warn after late would not escalate: the file's pair").isEqualTo(file.display());

        ScreenSetup expo = resolve(config(""), signIn(null));
        assertThat(expo.station().isExpo()).isTrue();
        assertThat(expo.stationName()).isEqualTo("EXPO");
    }

    private static final UUID SCREEN_ID = UUID.fromString("9d2c0a7e-5c1e-4a55-8f39-0b2a8c6f1d11");

    private static ScreenSetup resolve(KioskConfig config, KioskClient.SignIn signIn) {
        return ScreenSetup.resolve(config, signIn, STATIONS);
    }

    private static KioskClient.SignIn signIn(KioskClient.Screen screen) {
        return new KioskClient.SignIn(UUID.randomUUID(), "Harlingen", "Europe/Copenhagen", 180, screen);
    }

    private static KioskConfig config(String extra) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader("gateway.url = http://gw:8080\nkiosk.token = t\n" + extra));
        return KioskConfig.from(p, "test");
    }
}
