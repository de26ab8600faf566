package org.xinyong.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;

/**
 * Lifecycle A through the pages in a real browser: amr records a finding, amr-head approves it, the statement window
 * passes (business clock), the credit office publishes, ent1 finds the notice and the decision in its inbox, and the
 * public list shows the listing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ListingWalkBrowserIT {

    private static final String ENT1 = "91230400MA19XY0035";
    private static final String NAME = "鹤岗市示例商贸有限公司";

    @LocalServerPort
    int port;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;

    private Browser browser;

    @BeforeAll
    static void requireBrowser() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        clock.reset();
    }

    @Test
    void caseWalksFromRecordingToPublicationAndTheSubjectSeesItsNotice() throws Exception {
        browser.signIn("amr");
        browser.open("/work/cases/new");
        browser.click(By.cssSelector("input[name='subjectType'][value='ENTERPRISE']"));
        browser.type(By.id("subjectCode"), ENT1);
        browser.type(By.id("subjectName"), NAME);
        browser.choose(By.id("basisType"), "ADMINISTRATIVE_PENALTY");
        browser.type(By.id("basisNumber"), "鹤市监罚〔2026〕31号");
        browser.setValue(By.id("basisDate"), "2026-01-05");
        browser.choose(By.id("domain"), "MARKET_ORDER");
        browser.choose(By.id("severity"), "SERIOUS");
        browser.type(By.id("facts"), "在政府采购活动中串通投标，情节严重");
        browser.click(By.cssSelector("input[name='measures'][value='M-PROCUREMENT-BAN']"));
        browser.screenshot("walk-1-record");
        browser.click(By.id("record-submit"));
        browser.waitForUrl("/work/cases/LISTING/");
        Matcher caseUrl = Pattern.compile("/work/cases/LISTING/(\\d+)").matcher(browser.driver.getCurrentUrl());
        assertThat(caseUrl.find()).isTrue();
        String caseId = caseUrl.group(1);
        assertThat(browser.pageText()).contains(NAME, "待负责人审核");
        browser.signOut();

        browser.signIn("amr-head");
        completeTask(caseId, "approve", "事实清楚，依据充分，同意告知");
        browser.open("/work/cases/LISTING/" + caseId);
        assertThat(browser.pageText()).contains("告知期", "失信告知书");
        browser.screenshot("walk-2-noticed");
        browser.signOut();

        browser.signIn("ent1");
        browser.open("/portal");
        assertThat(browser.pageText()).contains("失信告知书");
        browser.screenshot("walk-3-portal-notice");
        browser.signOut();

        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();

        browser.signIn("credit");
        completeTask(caseId, "publish", "");
        browser.open("/work/cases/LISTING/" + caseId);
        assertThat(browser.pageText()).contains("已列入名单");
        browser.signOut();

        browser.open("/public");
        browser.type(By.name("q"), ENT1);
        browser.driver.findElement(By.name("q")).submit();
        browser.visible(By.tagName("table"));
        assertThat(browser.pageText()).contains(NAME, ENT1);
        browser.screenshot("walk-4-public");
    }

    /** Opens the case's task from the task list, chooses the outcome, confirms and submits. */
    private void completeTask(String caseId, String outcome, String comment) throws Exception {
        browser.open("/work");
        browser.click(By.xpath("//tr[.//a[contains(@href, '/work/cases/LISTING/" + caseId + "')]]"
                + "//a[contains(@href, '/work/tasks/')]"));
        browser.click(By.cssSelector("label[for='outcome-" + outcome + "']"));
        if (!comment.isEmpty()) {
            browser.type(By.id("comment"), comment);
        }
        browser.click(By.cssSelector("input[name='confirmed'][type='checkbox']"));
        browser.screenshot("walk-task-" + outcome);
        browser.click(By.id("task-submit"));
        browser.confirmDialog();
        browser.waitForUrl("/work");
        browser.visible(By.id("app-user-name"));
    }
}
