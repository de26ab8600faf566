package org.xinyong.workflow.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for walking the application as
 * a person would. Skipped when the browser is not installed, except on CI ({@code CI=true}), where it must be.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(envOr("CHROME_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(envOr("CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** How long to wait for a page to settle; a wait, not an assertion on timing. */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private final int port;
    private final Path profile;
    final WebDriver driver;
    private final WebDriverWait wait;

    static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(installed, message);
        } else {
            assumeTrue(installed, message);
        }
    }

    Browser(int port) throws IOException {
        this.port = port;
        profile = Files.createTempDirectory("xinyong-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PAGE_WAIT);
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void signIn(String username) {
        open("/login");
        visible(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("login-submit")).click();
        visible(By.id("app-user-name"));
    }

    void signOut() {
        visible(By.id("app-logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void type(By locator, String text) {
        WebElement field = visible(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value directly (date inputs take their text in the browser's locale format). */
    void setValue(By locator, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                driver.findElement(locator), value);
    }

    void choose(By select, String value) {
        new Select(visible(select)).selectByValue(value);
    }

    void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // a sticky bar may cover the element at the viewport's edge: click it the way the page's own script would
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    /** Accepts the "are you sure" dialog of an irreversible step. */
    void confirmDialog() {
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "browser-screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
