package org.preptable.kiosk;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: when the main class does, the JDK's launcher insists
 * on JavaFX being modules on the module path, and a plain {@code java -jar} with JavaFX inside the jar fails with
 * "JavaFX runtime components are missing".
 */
public final class Launcher {

    static final Path DEFAULT_CONFIG = Path.of("/etc/preptable/kiosk.properties");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            KioskApp.usage().forEach(System.out::println);
            return;
        }
        applyRenderingDefaults();
        Application.launch(KioskApp.class, args);
    }

    /**
     * JavaFX settings the kiosk wants before the toolkit starts; a value given on the command line ({@code -D})
     * wins. Region caching is off: Prism caches a region with more than one background layer as an image and
     * stretches it onto the screen, which the software pipeline does far slower than it fills the two rectangles
     * of a ticket's frame (a page's paint went from 5 to 25 ms with it on). Also called by the benchmark and the
     * screenshot tool, so that they measure and show what a kiosk runs.
     */
    public static void applyRenderingDefaults() {
        if (System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
    }

    /** {@code --config FILE} (or {@code --config=FILE}), else {@code KIOSK_CONFIG}, else the system-wide default. */
    static Path configPath(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--config") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (args.get(i).startsWith("--config=")) {
                return Path.of(args.get(i).substring("--config=".length()));
            }
        }
        String fromEnv = System.getenv("KIOSK_CONFIG");
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT_CONFIG : Path.of(fromEnv);
    }
}
