package org.xinyong.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.ListingNoticeService;
import org.xinyong.workflow.support.NoticeServiceSteps;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lifecycle B through the pages in a real browser: ent1 objects to its published listing in the portal with a PDF
 * of evidence, the sanctions check (checker's credentials) answers "suspended", amr accepts the objection and
 * revokes the listing on the workspace task pages, the public list no longer shows it, and ent1 finds the written
 * reply on its objection's page. The listing itself is published over the API, as ListingWalkBrowserIT shows the
 * pages of that part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ObjectionWalkBrowserIT {

    private static final String ENT1 = "91230400MA19XY0035";

    @LocalServerPort
    int port;
    @Autowired
    ListingNoticeService noticeService;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    TestRestTemplate rest;

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
    void ent1ObjectsCheckerSeesSuspendedAmrRevokesAndThePublicListNoLongerShowsIt() throws Exception {
        long listingId = publishedListingOfEnt1();
        Path evidence = Files.createTempFile("复议决定书", ".pdf");
        Files.write(evidence, "%PDF-1.4\n% 复议决定书\n".getBytes(StandardCharsets.UTF_8));

        browser.signIn("ent1");
        browser.open("/portal");
        browser.click(By.id("portal-objections-link"));
        browser.waitForUrl("/portal/objections");
        browser.click(By.id("object-to-" + listingId));
        browser.waitForUrl("/portal/listings/" + listingId + "/objections/new");
        String grounds = "作为认定依据的行政处罚决定已被复议机关撤销，请予核实并撤销名单。";
        browser.type(By.id("grounds"), grounds);

        // a file over 10 MB is explained before anything is sent, and the grounds stay on the form
        Path tooLarge = Files.createTempFile("scan", ".pdf");
        Files.write(tooLarge, java.util.Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024 + 1));
        browser.driver.findElement(By.id("files")).sendKeys(tooLarge.toAbsolutePath().toString());
        assertThat(browser.visible(By.id("files-client-error")).getText()).contains("每个文件不能超过 10 MB");
        browser.click(By.id("confirmed"));
        browser.click(By.id("objection-submit"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/objections/new");
        assertThat(browser.driver.findElement(By.id("grounds")).getAttribute("value")).isEqualTo(grounds);
        browser.screenshot("objection-0-too-large");
        browser.open("/portal/listings/" + listingId + "/objections/new");
        browser.type(By.id("grounds"), grounds);
        browser.driver.findElement(By.id("files")).sendKeys(evidence.toAbsolutePath().toString());
        browser.click(By.id("confirmed"));
        browser.screenshot("objection-1-file");
        browser.click(By.id("objection-submit"));
        browser.confirmDialog();
        browser.waitForUrl("/portal/objections/");
        Matcher url = Pattern.compile("/portal/objections/(\\d+)").matcher(browser.driver.getCurrentUrl());
        assertThat(url.find()).isTrue();
        long objectionId = Long.parseLong(url.group(1));
        browser.visible(By.id("portal-notice"));
        assertThat(browser.pageText()).contains("已收到，待受理", "还剩", "核实期间暂停执行", evidence.getFileName().toString());
        browser.screenshot("objection-2-filed");
        browser.signOut();

        JsonNode sanctions = get("/api/v1/sanctions/" + ENT1 + "?purpose=招标投标资格审查", "checker");
        assertThat(sanctions.path("suspended").asBoolean()).as("the sanctions check during verification").isTrue();
        assertThat(StreamSupport.stream(sanctions.path("listings").spliterator(), false)
                .filter(entry -> entry.path("listingId").asLong() == listingId)
                .map(entry -> entry.path("status").asText())).containsExactly("SUSPENDED");
        browser.open("/public?q=" + ENT1);
        assertThat(browser.visible(By.id("public-listing-" + listingId)).getText()).contains("异议核实中");

        browser.signIn("amr");
        completeTask(objectionId, "acceptObjection", "accept", "");
        completeTask(objectionId, "verifyObjection", "revoke", "行政处罚决定已被撤销，认定依据不复存在");
        browser.open("/work/cases/OBJECTION/" + objectionId);
        assertThat(browser.pageText()).contains("异议成立，已撤销名单");
        browser.screenshot("objection-3-revoked");
        browser.signOut();

        browser.open("/public?q=" + ENT1);
        browser.visible(By.tagName("h1"));
        assertThat(browser.driver.findElements(By.id("public-listing-" + listingId)))
                .as("the revoked listing is no longer on the public list").isEmpty();
        assertThat(browser.visible(By.id("public-correction-" + listingId)).getText())
                .as("a correction restores the subject's reputation").contains(ENT1, "予以更正");
        browser.screenshot("objection-4-public");

        browser.signIn("ent1");
        browser.open("/portal/objections/" + objectionId);
        assertThat(browser.pageText()).contains("异议成立，已撤销名单", "异议申请处理答复书");
        assertThat(browser.driver.findElements(By.cssSelector("#objection-documents a.reply-pdf"))).hasSize(1);
        browser.screenshot("objection-5-reply");
    }

    /** Opens the objection's task page (found over the API: the list is long on a shared database) and completes it. */
    private void completeTask(long objectionId, String taskKey, String outcome, String comment) throws Exception {
        browser.open("/work/tasks/" + taskId("amr", taskKey, objectionId));
        browser.click(By.cssSelector("label[for='outcome-" + outcome + "']"));
        if (!comment.isEmpty()) {
            browser.type(By.id("comment"), comment);
        }
        browser.click(By.cssSelector("input[name='confirmed'][type='checkbox']"));
        browser.screenshot("objection-task-" + taskKey);
        browser.click(By.id("task-submit"));
        browser.confirmDialog();
        browser.waitForUrl("/work");
        browser.visible(By.id("app-user-name"));
    }

    private String taskId(String user, String taskKey, long objectionId) {
        JsonNode tasks = get("/api/v1/tasks?caseType=OBJECTION&size=200", user);
        List<String> ids = StreamSupport.stream(tasks.spliterator(), false)
                .filter(task -> task.path("caseId").asText().equals(String.valueOf(objectionId))
                        && task.path("taskKey").asText().equals(taskKey))
                .map(task -> task.path("id").asText()).toList();
        assertThat(ids).as("%s of objection %s for %s", taskKey, objectionId, user).hasSize(1);
        return ids.get(0);
    }

    /** amr records a finding about ent1, amr-head approves, the window passes, the credit office publishes. */
    private long publishedListingOfEnt1() {
        JsonNode recorded = post("/api/v1/listing-cases", "amr", Map.of("subjectType", "ENTERPRISE",
                "subjectCode", ENT1, "subjectName", "鹤岗市示例商贸有限公司", "basisType", "ADMINISTRATIVE_PENALTY",
                "basisNumber", "鹤市监罚〔2026〕40号", "basisDate", "2026-01-05", "domain", "MARKET_ORDER",
                "severity", "SERIOUS", "facts", "在政府采购活动中串通投标，情节严重",
                "measures", List.of("M-PROCUREMENT-BAN")), HttpStatus.CREATED);
        long caseId = recorded.path("id").asLong();
        completeListingTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(noticeService, clock, caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        completeListingTask("credit", "publishListing", caseId, "publish");
        long listingId = get("/api/v1/listing-cases/" + caseId, "amr").path("listingId").asLong();
        assertThat(listingId).isPositive();
        return listingId;
    }

    private void completeListingTask(String user, String taskKey, long caseId, String outcome) {
        JsonNode tasks = get("/api/v1/tasks?caseType=LISTING&size=200", user);
        String id = StreamSupport.stream(tasks.spliterator(), false)
                .filter(task -> task.path("caseId").asText().equals(String.valueOf(caseId))
                        && task.path("taskKey").asText().equals(taskKey))
                .map(task -> task.path("id").asText()).findFirst().orElseThrow();
        post("/api/v1/tasks/" + id + "/complete", user, Map.of("outcome", outcome), HttpStatus.NO_CONTENT);
    }

    private JsonNode get(String path, String user) {
        ResponseEntity<JsonNode> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)),
                JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private JsonNode post(String path, String user, Object body, HttpStatus expected) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(expected);
        return answer.getBody();
    }

    private static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
