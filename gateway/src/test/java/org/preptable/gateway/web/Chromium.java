package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.preptable.gateway.testing.TestGateway;

/**
 * Debian's chromium, headless, driven through Debian's chromium-driver (no Selenium Manager: nothing is downloaded),
 * pointed at a real {@link TestGateway}. Pages are opened on {@code http://localhost:<port>}, the gateway's default
 * passkey origin, so WebAuthn ceremonies run against Chromium's virtual authenticator exactly as on a laptop.
 * <p>
 * Without chromium or chromedriver the browser tests fail with the install command when {@code CI} is set (CI must
 * run them; {@code .ci/run} installs both) and are skipped otherwise, with the same message.
 */
public final class Chromium implements AutoCloseable {

    static final Path DRIVER = Path.of(System.getenv().getOrDefault("PREPTABLE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("PREPTABLE_CHROMIUM", "/usr/bin/chromium"));
    /** A bound for a hang, not a speed claim (docs/testing.md): waits end as soon as their condition holds. */
    static final Duration WAIT = Duration.ofSeconds(15);

    public final ChromeDriver driver;
    private final String origin;

    private Chromium(ChromeDriver driver, String origin) {
        this.driver = driver;
        this.origin = origin;
    }

    public static Chromium open(TestGateway gateway) {
        if (!Files.isExecutable(DRIVER) || !Files.isExecutable(BROWSER)) {
            String message = "the browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                    + " not found): apt-get install chromium chromium-driver (.ci/run installs them)";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + "; skipped because CI is not set");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en-GB");
        // the page's console goes into failure messages (diagnosis()): a broken module shows its error there
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Chromium(driver, "http://localhost:" + gateway.gateway().port());
    }

    public String origin() {
        return origin;
    }

    public void go(String path) {
        driver.get(origin + path);
    }

    /** A platform authenticator holding discoverable passkeys with user verification (a laptop's fingerprint). */
    public VirtualAuthenticator authenticator() {
        return ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    /** Where the browser is, what the page shows and what its console said: the message of a failed wait. */
    public String diagnosis() {
        StringBuilder text = new StringBuilder("\n  at: ").append(driver.getCurrentUrl()).append("\n  page: ")
                .append(driver.findElement(By.tagName("body")).getText().replace('\n', '|'));
        for (var entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            text.append("\n  console ").append(entry.getLevel()).append(": ").append(entry.getMessage());
        }
        return text.toString();
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).withMessage(this::diagnosis).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitText(By by, String text) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "waiting for \"" + text + "\" in " + by + diagnosis())
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void awaitPath(String path) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "waiting for " + path + diagnosis())
                .until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    /** The heading of the page on screen, once it is the one expected. */
    public void awaitHeading(String text) {
        awaitText(By.cssSelector("main h1"), text);
    }

    public void click(By by) {
        new WebDriverWait(driver, WAIT).withMessage(this::diagnosis)
                .until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public void type(By by, String text) {
        WebElement field = await(by);
        // select-all + delete, as a person would: unlike clear(), it fires the input events the screens listen to
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
    }

    /** Presses a button with the keyboard: a toast in the corner may cover it, which a mouse click would hit. */
    public void press(By button) {
        await(button).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Lets the page's downloads land in {@code folder} (DevTools: headless Chromium asks nobody). */
    public void downloadsTo(Path folder) {
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    }

    /** The text of a downloaded file once Chromium has finished writing it. */
    public String awaitDownload(Path file) throws IOException {
        new WebDriverWait(driver, WAIT).withMessage(() -> "no " + file + diagnosis())
                .until(d -> Files.exists(file) && file.toFile().length() > 0
                        && !Files.exists(Path.of(file + ".crdownload")));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The page on screen has nothing to scroll sideways (a phone's width is set by the caller). */
    public void assertNoSidewaysScroll(String screen) {
        Boolean fits = (Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as(screen + " without sideways scrolling").isTrue();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /**
     * Runs axe-core in the page and asserts no violation of serious or critical impact. axe.min.js comes from the
     * test classpath (Deque's artifact) and is injected by WebDriver, which the page's CSP does not govern.
     */
    public void assertAccessible(String screen) {
        JavascriptExecutor js = driver;
        js.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<String> serious = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        assertThat(serious).as("serious or critical axe-core violations on " + screen).isEmpty();
    }

    private static final String AXE = resource("axe.min.js");

    private static String resource(String name) {
        try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
