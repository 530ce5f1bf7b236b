package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the printer chip's U+1F5B6 showed as an empty box, because no font on a kiosk has it. Every character
 * outside ASCII that the screens' code or stylesheets use (status chips, markers, buttons) must be in DejaVu Sans,
 * the font JavaFX gets from fontconfig on Debian and Raspberry Pi OS ({@code fonts-dejavu-core}), regular and bold.
 */
class GlyphsTest {

    private static final Path SOURCES = Path.of("src/main");
    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

    @Test
    void everyGlyphTheScreensUseIsInTheKiosksFont() throws Exception {
        List<Font> fonts = List.of(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
        TreeSet<String> missing = new TreeSet<>();
        int checked = 0;
        for (Path file : screenFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (int cp : text.codePoints().filter(c -> c > 0x7E).distinct().toArray()) {
                checked++;
                for (Font font : fonts) {
                    if (!font.canDisplay(cp)) {
                        missing.add(String.format("U+%04X %s in %s (%s)", cp, Character.toString(cp),
                                SOURCES.relativize(file), font.getFontName()));
                    }
                }
            }
        }
        assertThat(checked).as("the check saw the screens' glyphs").isGreaterThan(10);
        assertThat(missing).as("glyphs no kiosk font has (they show as empty boxes)").isEmpty();
    }

    private static List<Path> screenFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("java/org/preptable/kiosk/ui", "java/org/preptable/kiosk/signage",
                "resources/org/preptable/kiosk")) {
            try (Stream<Path> walk = Files.walk(SOURCES.resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".css")).forEach(files::add);
            }
        }
        return files;
    }

    private static Font font(String name) throws Exception {
        Path file = FONTS.resolve(name);
        assertThat(file).as("DejaVu Sans is installed (Debian package fonts-dejavu-core)").exists();
        return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    }
}
