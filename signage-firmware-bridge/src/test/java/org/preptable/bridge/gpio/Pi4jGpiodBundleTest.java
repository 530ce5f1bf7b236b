package org.preptable.bridge.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bridge relies on Pi4J bringing its own libgpiod (1.x, soname libgpiod.so.2) for the Pi, so the libgpiod 3 of
 * Debian 13 based Pi OS (another soname, another API) never has to match (docs/kiosk-pi.md). A Pi4J upgrade that
 * stopped bundling it would need a system package and an installer change; this says so before a Pi does.
 */
class Pi4jGpiodBundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"aarch64", "armhf"})
    void pi4jCarriesItsOwnLibgpiodOneForThePi(String arch) throws IOException {
        byte[] libgpiod = resource("lib/" + arch + "/pi4j-gpiod/libgpiod.so");
        byte[] jni = resource("lib/" + arch + "/pi4j-gpiod/libpi4j-gpiod.so");

        String text = new String(libgpiod, StandardCharsets.ISO_8859_1);
        assertThat(text).as("the bundled library's soname").contains("libgpiod.so.2");
        assertThat(text).as("the libgpiod 1.x API Pi4J's JNI part calls").contains("gpiod_chip_get_line");
        assertThat(new String(jni, StandardCharsets.ISO_8859_1)).as("what the JNI part links against")
                .contains("libgpiod.so.2");
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the bridge's class path").isNotNull();
            return in.readAllBytes();
        }
    }
}
