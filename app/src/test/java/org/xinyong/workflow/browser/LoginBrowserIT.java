package org.xinyong.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signs in with a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): a caseworker sees
 * the staff home page, signs out, and an enterprise sees its credit code. Skipped when the browser is not installed,
 * except on CI ({@code CI=true}), where a missing browser fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class LoginBrowserIT {

    private static final Path CHROMIUM = Path.of(envOr("CHROME_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(envOr("CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** How long to wait for a page to settle; a wait, not an assertion on timing. */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    private Path profile;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void requireBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(installed, message);
        } else {
            assumeTrue(installed, message);
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("xinyong-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        // the application follows Accept-Language when no language was chosen: ask for Chinese, the default
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PAGE_WAIT);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void caseworkerAndEnterpriseEachSeeTheirOwnHomePage() throws IOException {
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn("amr", "demo");
        WebElement tasks = visible(By.id("home-tasks"));
        assertThat(tasks.getText()).isEqualTo("打开我的待办任务");
        assertThat(visible(By.id("home-welcome")).getText()).contains("市场监管局经办人");
        assertThat(visible(By.id("home-groups")).getText()).contains("市场监督管理局");
        assertThat(visible(By.id("app-user-name")).getText()).isEqualTo("市场监管局经办人");
        assertThat(severeConsoleMessages()).as("browser console errors (missing assets, CSP)").isEmpty();
        screenshot("staff-home");

        visible(By.id("app-logout")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(visible(By.id("login-logged-out")).isDisplayed()).isTrue();

        signIn("ent1", "demo");
        assertThat(visible(By.id("home-subject-code")).getText()).isEqualTo("91230400MA19XY0035");
        assertThat(browser.findElements(By.id("home-tasks"))).isEmpty();
        screenshot("enterprise-home");
    }

    @Test
    void wrongPasswordKeepsTheVisitorOnTheLoginPageWithAnError() {
        browser.get(url("/login"));
        signIn("amr", "not-the-password");

        assertThat(visible(By.id("login-error")).getText()).isEqualTo("用户名或密码错误，请重试。");
        assertThat(browser.findElements(By.id("app-user-name"))).isEmpty();
    }

    @Test
    void languageSwitchShowsThePagesInEnglish() {
        browser.get(url("/login"));
        signIn("supervisor", "demo");
        visible(By.id("home-dashboard"));

        browser.findElement(By.linkText("English")).click();

        assertThat(visible(By.id("app-logout")).getText()).isEqualTo("Sign out");
        assertThat(visible(By.id("home-dashboard")).getText()).isEqualTo("Open the dashboard");
    }

    private void signIn(String username, String password) {
        visible(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "browser-screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
