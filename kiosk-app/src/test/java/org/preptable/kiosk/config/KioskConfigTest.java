package org.preptable.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.preptable.model.client.LinkSettings;

class KioskConfigTest {

    @TempDir
    Path dir;

    @Test
    void loadsAFullFile() throws IOException {
        Path file = write("gateway.url = https://gateway.local:8443/\nkiosk.token = s3cret-token  \nstation = 3\n");
        KioskConfig config = KioskConfig.load(file);
        assertThat(config.gatewayUrl()).isEqualTo(URI.create("https://gateway.local:8443"));
        assertThat(config.kioskToken()).isEqualTo("s3cret-token");
        assertThat(config.stationId()).hasValue(3);
        assertThat(config.showsAllStations()).isFalse();
        assertThat(config.origin()).isEqualTo("https://gateway.local:8443");
    }

    @Test
    void theLinkWatchIsTheDocumentedDefaultUnlessTheFileSetsIt() throws IOException {
        KioskConfig plain = KioskConfig.load(write("gateway.url=http://gw:8080\nkiosk.token=t\n"));
        assertThat(plain.link()).isEqualTo(new LinkSettings(Duration.ofMillis(4_500), Duration.ofSeconds(1)));

        KioskConfig slow = KioskConfig.load(write("gateway.url=http://gw:8080\nkiosk.token=t\n"
                + "link.silence-ms = 12000\nlink.retry-max-ms = 3000\n"));
        assertThat(slow.link()).isEqualTo(new LinkSettings(Duration.ofSeconds(12), Duration.ofSeconds(3)));

        Path bad = write("gateway.url=http://gw:8080\nkiosk.token=t\nlink.silence-ms=5s\n");
        assertThatThrownBy(() -> KioskConfig.load(bad)).isInstanceOf(KioskConfigException.class)
                .hasMessageContaining("link.silence-ms must be a whole number of milliseconds from 500 to 300000"
                        + " (e.g. 4500), was '5s'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "station=\n", "station = all\n", "station = ALL\n"})
    void stationDefaultsToAll(String stationLine) throws IOException {
        KioskConfig config = KioskConfig.load(write("gateway.url=http://10.0.0.5:8080\nkiosk.token=t\n" + stationLine));
        assertThat(config.showsAllStations()).isTrue();
        assertThat(config.stationId()).isEmpty();
    }

    @Test
    void theGatewayUrlIsAnOriginAndAPathIsRefusedRatherThanSilentlyDropped() throws IOException {
        KioskConfig config = KioskConfig.load(write("gateway.url=HTTP://gw.local:8080/\nkiosk.token=t\n"));
        assertThat(config.gatewayUrl()).isEqualTo(URI.create("http://gw.local:8080"));
        assertThat(config.origin()).isEqualTo("http://gw.local:8080");
        Path withPath = write("gateway.url=http://gw.local/preptable\nkiosk.token=t\n");
        assertThatThrownBy(() -> KioskConfig.load(withPath)).hasMessageContaining("without a path");
    }

    @Test
    void missingRequiredKeysAreAllNamedWithTheFile() throws IOException {
        Path file = write("# nothing yet\n");
        assertThatThrownBy(() -> KioskConfig.load(file))
                .isInstanceOf(KioskConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("gateway.url is required")
                .hasMessageContaining("kiosk.token is required");
    }

    @Test
    void blankTokenCountsAsMissing() throws IOException {
        Path file = write("gateway.url=https://gw\nkiosk.token=   \n");
        assertThatThrownBy(() -> KioskConfig.load(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("kiosk.token is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://gw.local", "gw.local:8080", "https://", "not a url", "http://bad_host:80"})
    void refusesNonHttpGatewayUrls(String url) throws IOException {
        Path file = write("gateway.url=" + url + "\nkiosk.token=t\n");
        assertThatThrownBy(() -> KioskConfig.load(file))
                .isInstanceOf(KioskConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("gateway.url must be an http or https URL");
    }

    @Test
    void refusesCredentialsInTheUrlWithoutEchoingThem() throws IOException {
        Path file = write("gateway.url=https://admin:hunter2@gw.local\nkiosk.token=t\n");
        assertThatThrownBy(() -> KioskConfig.load(file))
                .hasMessageContaining("gateway.url must not contain user info")
                .hasMessageNotContaining("hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grill", "0", "-2", "3.5", "99999999999999999999"})
    void refusesABadStation(String station) throws IOException {
        Path file = write("gateway.url=https://gw\nkiosk.token=t\nstation=" + station + "\n");
        assertThatThrownBy(() -> KioskConfig.load(file))
                .isInstanceOf(KioskConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("station must be a station number")
                .hasMessageContaining("'" + station + "'");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("absent.properties");
        assertThatThrownBy(() -> KioskConfig.load(file))
                .isInstanceOf(KioskConfigException.class)
                .hasMessage("Kiosk config file " + file + " does not exist");
    }

    @Test
    void readsTheFileAsUtf8() throws IOException {
        KioskConfig config = KioskConfig.load(write("gateway.url=https://gw\nkiosk.token=tøken\n"));
        assertThat(config.kioskToken()).isEqualTo("tøken");
    }

    @Test
    void neverPrintsTheToken() throws IOException {
        KioskConfig config = KioskConfig.load(write("gateway.url=https://gw\nkiosk.token=s3cret\nstation=2\n"));
        assertThat(config.toString()).doesNotContain("s3cret").contains("https://gw", "station=2");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("kiosk.properties"), content, StandardCharsets.UTF_8);
    }
}
