package io.planscreen.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One real headless Chromium (Debian's chromium + chromium-driver, installed by scripts/system-packages.sh
 * --with-browser) for every browser test class of the run, with a fresh profile and nothing that phones home.
 * A test class takes it with {@code @ExtendWith(Browser.class)} and a field {@code browser = Browser.shared()}:
 * the class is skipped on a machine without Chromium, each test starts without cookies, and the browser quits
 * when the run ends (starting one costs about a second per class otherwise).
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback {

    public static final File CHROMIUM = new File("/usr/bin/chromium");

    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static @Nullable ChromeDriver shared;

    /** The run's browser, started by the extension before the test class runs. */
    public static synchronized ChromeDriver shared() {
        if (shared == null) {
            throw new IllegalStateException("a browser test class needs @ExtendWith(Browser.class)");
        }
        return shared;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(available(), "no Chromium: bash scripts/system-packages.sh --with-browser");
        synchronized (Browser.class) {
            if (shared == null) {
                ChromeDriver started = start();
                shared = started;
                // closed by JUnit when the whole run ends, not after this class
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.create(Browser.class))
                        .put("chromium", (ExtensionContext.Store.CloseableResource) () -> {
                            synchronized (Browser.class) {
                                shared = null;
                            }
                            started.quit();
                        });
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        shared().manage().deleteAllCookies();
    }

    /** Whether this machine has the browser the browser tests drive (tests skip without it). */
    public static boolean available() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    /** The sign-in form, as a person fills it; returns once the browser has left the sign-in page. */
    public static void signIn(ChromeDriver driver, String base, String username, String password, String language) {
        driver.get(base + "/login?lang=" + language);
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private static ChromeDriver start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException(
                    "Chromium is missing: run bash scripts/system-packages.sh --with-browser (or scripts/test)");
        }
        try {
            File profile = Files.createTempDirectory("planscreen-chromium").toFile();
            profile.deleteOnExit();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1800",
                    "--user-data-dir=" + profile.getAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
