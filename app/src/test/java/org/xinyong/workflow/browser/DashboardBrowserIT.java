package org.xinyong.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.dashboard.DashboardFixture;
import org.xinyong.workflow.dashboard.DashboardFixture.Seeded;

/**
 * The supervisor dashboard in a real browser as {@code supervisor}: Chart.js draws every chart (no inline script
 * under the page's CSP), the overdue list is red, and its drill-down link opens the case page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DashboardBrowserIT {

    private static final List<String> CHARTS = List.of("openCases", "compliance", "listings", "repairs");

    @LocalServerPort
    int port;
    @Autowired
    BusinessClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    private Browser browser;
    private DashboardFixture fixture;
    private Seeded seeded;

    @BeforeAll
    static void requireBrowser() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void start() throws Exception {
        fixture = new DashboardFixture(jdbc, engine, clock);
        seeded = fixture.seed();
        browser = new Browser(port);
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        fixture.removeProcesses(seeded);
        clock.reset();
    }

    @Test
    void supervisorSeesTheChartsDrawnAndDrillsDownFromAnOverdueTaskToItsCase() throws Exception {
        browser.signIn("supervisor");
        browser.click(By.cssSelector("a.nav-link[href='/dashboard']"));
        browser.waitForUrl("/dashboard");
        browser.choose(By.id("filter-department"), seeded.department());
        browser.click(By.id("filter-apply"));
        browser.waitForUrl("department=" + seeded.department());
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.id("dashboard-charts"), "data-loaded", "true"));
        browser.screenshot("dashboard-supervisor");

        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        for (String chart : CHARTS) {
            Object drawn = js.executeScript("""
                    var canvas = document.getElementById(arguments[0]);
                    var instance = window.Chart && window.Chart.getChart(canvas);
                    return !!instance && canvas.width > 0 && canvas.height > 0
                        && instance.data.datasets.length > 0;""", "chart-" + chart);
            assertThat(drawn).as("chart %s is drawn", chart).isEqualTo(true);
        }
        Object openCasesTotal = js.executeScript("""
                var chart = window.Chart.getChart(document.getElementById('chart-openCases'));
                return chart.data.datasets.reduce(function (sum, series) {
                    return sum + series.data.reduce(function (a, b) { return a + b; }, 0); }, 0);""");
        assertThat(((Number) openCasesTotal).longValue()).isEqualTo(8L);

        assertThat(browser.visible(By.id("summary-overdue-tasks")).getText()).isEqualTo("2");
        assertThat(browser.driver.findElements(By.cssSelector("#table-overdue-tasks tr.table-danger"))).hasSize(2);
        String caseLink = "/work/cases/LISTING/" + seeded.overdue3DaysCase();
        browser.click(By.cssSelector("#table-overdue-tasks a[href='" + caseLink + "']"));
        browser.waitForUrl(caseLink);
        assertThat(browser.visible(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.pageText()).contains("LISTING-" + seeded.overdue3DaysCase());
        browser.screenshot("dashboard-drill-down");
    }

    /**
     * Issue 19.7: a count axis stepped by 0.1, an empty chart was a blank frame and a one-month line a lone dot. A
     * department with no cases shows "暂无数据" in its charts; the seeded department's count axis steps by whole
     * numbers and the line draws its points.
     */
    @Test
    void emptyChartsSayNoDataAndCountAxesStepByWholeNumbers() throws Exception {
        browser.signIn("supervisor");
        browser.open("/dashboard?department=emergency");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.id("dashboard-charts"), "data-loaded", "true"));
        for (String chart : List.of("openCases", "listings", "repairs")) {
            assertThat(browser.visible(By.id("chart-" + chart + "-empty")).getText()).as(chart).isEqualTo("暂无数据");
            assertThat(browser.driver.findElement(By.id("chart-" + chart)).getAttribute("data-empty")).isEqualTo("true");
        }
        browser.screenshot("dashboard-empty");

        browser.open("/dashboard?department=" + seeded.department());
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.id("dashboard-charts"), "data-loaded", "true"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        List<?> ticks = (List<?>) js.executeScript(
                "var chart = window.Chart.getChart(document.getElementById('chart-openCases'));"
                + "return chart.scales.y.ticks.map(function (tick) { return tick.value; });");
        assertThat(ticks).isNotEmpty().allSatisfy(tick -> assertThat(((Number) tick).doubleValue() % 1).isZero());
        Object radius = js.executeScript(
                "var chart = window.Chart.getChart(document.getElementById('chart-compliance'));"
                + "return chart.getDatasetMeta(0).data.map(function (point) { return point.options.radius; })"
                + ".reduce(function (a, b) { return Math.min(a, b); }, 99);");
        assertThat(((Number) radius).doubleValue()).as("every month's point is drawn").isPositive();
        assertThat(browser.driver.findElement(By.id("chart-openCases-empty")).isDisplayed()).isFalse();
    }
}
