package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Pictures of the app's screens, for {@code docs/screens/} (scripts/screenshots) and as a check that every screen
 * renders from the demo data: each picture is taken once its screen shows what it is for, must not carry an error
 * banner, and must not be a blank page. Every path in {@link WebApp#PAGES} must be pictured by some shot, so a
 * screen added without one fails {@link ScreenshotTourBrowserTest}.
 */
final class ScreenTour {

    /**
     * A picture's name (its file is {@code <name>.png}), the page patterns it stands for, and, for a screen opened
     * by a full page load, its first contentful paint and the moment its data was on screen (ms from navigation
     * start; -1 for a screen pictured after the test changed it).
     */
    record Shot(String name, List<String> covers, long paintMillis, long readyMillis) {
    }

    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 390;
    /** Long screens are cut here: a picture for a README, not an archive of the page. */
    private static final int MAX_HEIGHT = 1800;

    private final Chromium browser;
    private final Path directory;
    private final Map<String, Shot> taken = new LinkedHashMap<>();

    ScreenTour(Chromium browser, Path directory) {
        this.browser = browser;
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a path at desktop width, waits for what shows the screen is ready, and pictures it. */
    void shoot(String name, String path, By ready, String... covers) {
        width(DESKTOP_WIDTH);
        browser.go(path);
        timed(name, ready, covers);
    }

    /** The same at a phone's width. */
    void shootPhone(String name, String path, By ready, String... covers) {
        width(PHONE_WIDTH);
        browser.go(path);
        timed(name, ready, covers);
        width(DESKTOP_WIDTH);
    }

    private void timed(String name, By ready, String... covers) {
        long readyAt = ((Number) browser.driver.executeAsyncScript(READY_AT, kind(ready), selector(ready))).longValue();
        Number paint = (Number) browser.driver.executeScript("const p = performance.getEntriesByName("
                + "'first-contentful-paint')[0]; return p ? Math.round(p.startTime) : -1;");
        picture(name, ready, paint.longValue(), readyAt, covers);
    }

    /** Pictures the page already on screen (after the test has put it in the state worth showing). */
    void picture(String name, By ready, String... covers) {
        picture(name, ready, -1, -1, covers);
    }

    private void picture(String name, By ready, long paintMillis, long readyMillis, String... covers) {
        browser.await(ready);
        // fonts and the last render: a picture of a half-laid-out page helps nobody
        browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)));");
        List<?> banners = (List<?>) browser.driver.executeScript(
                "return [...document.querySelectorAll('pt-error-banner [role=alert]')].map(e => e.textContent.trim())"
                        + ".filter(t => t.length > 0);");
        assertThat(banners).as("error banner on " + name + browser.diagnosis()).isEmpty();
        byte[] png = capture();
        assertThat(colours(png)).as(name + " is not a blank page").isGreaterThan(20);
        try {
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        taken.put(name, new Shot(name, List.of(covers), paintMillis, readyMillis));
    }

    /** The tour's timings as a Markdown table (docs/performance.md, scripts/bench/webapp). */
    String timings() {
        StringBuilder table = new StringBuilder("| screen | first contentful paint (ms) | ready with its data (ms) |\n"
                + "|---|---:|---:|\n");
        taken.values().stream().filter(shot -> shot.readyMillis() >= 0).forEach(shot -> table.append("| ")
                .append(shot.name()).append(" | ").append(shot.paintMillis()).append(" | ")
                .append(shot.readyMillis()).append(" |\n"));
        return table.toString();
    }

    /**
     * Resolves with {@code performance.now()} on the first animation frame where the selector matches: when the
     * screen's data was on screen, measured in the page rather than by WebDriver's polling.
     */
    private static final String READY_AT = """
            const [kind, selector, done] = arguments;
            const found = () => kind === 'xpath'
              ? document.evaluate(selector, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue
              : document.querySelector(selector);
            const check = () => found() ? done(Math.round(performance.now())) : requestAnimationFrame(check);
            check();""";

    private static String kind(By by) {
        return by.toString().startsWith("By.xpath: ") ? "xpath" : "css";
    }

    /** The CSS or XPath text of a locator made by {@code By.cssSelector}, {@code By.id} or {@code By.xpath}. */
    private static String selector(By by) {
        String text = by.toString();
        if (text.startsWith("By.id: ")) {
            return "#" + text.substring("By.id: ".length());
        }
        return text.substring(text.indexOf(": ") + 2);
    }

    /** Page patterns of {@link WebApp#PAGES} that no picture stands for. */
    List<String> uncovered() {
        Set<String> covered = new HashSet<>();
        taken.values().forEach(shot -> covered.addAll(shot.covers()));
        return WebApp.PAGES.stream().filter(page -> !covered.contains(page)).toList();
    }

    Map<String, Shot> taken() {
        return taken;
    }

    private void width(int width) {
        Dimension now = browser.driver.manage().window().getSize();
        if (now.getWidth() != width) {
            browser.driver.manage().window().setSize(new Dimension(width, 900));
        }
    }

    /** The page from its top, as tall as its content (up to {@link #MAX_HEIGHT}), through DevTools. */
    private byte[] capture() {
        Number height = (Number) browser.driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, window.innerHeight);");
        Number width = (Number) browser.driver.executeScript("return document.documentElement.clientWidth;");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.intValue(),
                "height", Math.min(MAX_HEIGHT, height.intValue()), "scale", 1);
        Map<String, Object> result = browser.driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Distinct colours on a coarse grid: a blank or one-colour page has a handful. */
    private static int colours(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            Set<Integer> seen = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 3) {
                for (int x = 0; x < image.getWidth(); x += 3) {
                    seen.add(image.getRGB(x, y));
                }
            }
            return seen.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
