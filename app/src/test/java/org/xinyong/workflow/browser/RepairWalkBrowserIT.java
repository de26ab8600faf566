package org.xinyong.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingNoticeService;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.RepairRepository;
import org.xinyong.workflow.repair.RepairStatus;
import org.xinyong.workflow.support.NoticeServiceSteps;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lifecycle C through the pages in a real browser: ent2's listing is published over the API to save time; then ent2
 * finds the repair wizard in its portal, is told when repair becomes possible, applies once the minimum publication
 * period has passed (a file of the wrong type first, refused on the page), amr accepts, ent2 reports progress, the
 * rectification period passes (business clock), amr passes the inspection, the credit office checks the report, the
 * leading group approves, and ent2 sees the listing removed and downloads the repair decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class RepairWalkBrowserIT {

    private static final String ENT2 = "91410526MA3X00004Y";
    private static final String NAME = "滑县示例建材有限公司";
    private static final List<String> MATERIALS = List.of("commitment", "identity", "performanceProof",
            "rectificationPlan");

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
    @Autowired
    ListingRepository listings;
    @Autowired
    RepairRepository repairs;

    private Browser browser;
    private Path files;

    @BeforeAll
    static void requireBrowser() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser(port);
        files = Files.createTempDirectory("xinyong-repair-materials-");
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        clock.reset();
        try (var paths = Files.list(files)) {
            paths.forEach(path -> path.toFile().delete());
        }
        Files.deleteIfExists(files);
    }

    @Test
    void repairWalksFromTheWizardToRemovalOfTheListing() throws Exception {
        // a record of the seeds' era (before the national set took over on 2026-04-01): under its rule set the credit
        // office checks the report and the leading group decides (seed003 §二(五)3)
        clock.setTo(Instant.parse("2026-03-02T02:00:00Z"));
        Listing listing = publishedListingOfEnt2();

        // eligibility before any form: not yet, and from when
        browser.signIn("ent2");
        browser.open("/portal");
        browser.click(By.id("listing-" + listing.id() + "-repair"));
        browser.visible(By.id("repair-not-eligible"));
        String possibleFrom = listing.repairableFrom().atZone(clock.zone()).toLocalDate().toString();
        assertThat(browser.pageText()).contains("最短公示期尚未届满", possibleFrom + " 起可以申请");
        assertThat(browser.driver.findElements(By.id("repair-form"))).isEmpty();
        browser.screenshot("repair-1-not-yet");

        clock.setTo(listing.repairableFrom().plusSeconds(60));
        dueJobs.runDue();
        browser.open("/portal/listings/" + listing.id() + "/repair");
        browser.visible(By.id("repair-eligible"));

        // a plan that is not a PDF, JPEG or PNG is refused on the page, the statement kept
        chooseMaterials("rectificationPlan", "plan.docx", "PK\u0003\u0004 word document");
        browser.type(By.id("repair-statement"), "已全额缴纳罚款，完成内部整改");
        browser.click(By.id("repair-confirm"));
        assertThat(browser.visible(By.id("repair-summary")).getText()).contains("plan.docx", "信用修复承诺书");
        browser.screenshot("repair-2-materials");

        // a file over 10 MB is stopped before anything is sent, and the field says why
        Path large = files.resolve("proof-scan.pdf");
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        content[0] = '%';
        Files.write(large, content);
        browser.driver.findElement(By.id("material-performanceProof")).sendKeys(large.toAbsolutePath().toString());
        browser.click(By.id("repair-submit"));
        assertThat(browser.visible(By.id("material-performanceProof-error")).getText()).contains("文件过大", "10 MB");
        assertThat(repairs.ofListing(listing.id())).isEmpty();
        Path proof = files.resolve("performanceProof.pdf");
        browser.driver.findElement(By.id("material-performanceProof")).sendKeys(proof.toAbsolutePath().toString());
        assertThat(browser.driver.findElement(By.id("material-performanceProof-error")).getText()).isEmpty();
        browser.click(By.id("repair-submit"));
        browser.confirmDialog();
        assertThat(browser.visible(By.id("repair-error")).getText()).contains("plan.docx", "PDF");
        assertThat(browser.driver.findElement(By.id("repair-statement")).getAttribute("value"))
                .isEqualTo("已全额缴纳罚款，完成内部整改");
        browser.screenshot("repair-3-refused-type");

        chooseMaterials("rectificationPlan", "plan.pdf", "%PDF-1.4\n% 整改方案\n");
        browser.click(By.id("repair-submit"));
        browser.confirmDialog();
        browser.waitForUrl("/portal/repairs/");
        long repairId = idIn(browser.driver.getCurrentUrl(), "/portal/repairs/(\\d+)");
        browser.visible(By.id("portal-notice"));
        assertThat(browser.pageText()).contains("已提交", "信用修复审核期限", "plan.pdf");
        browser.screenshot("repair-4-applied");
        browser.signOut();

        browser.signIn("amr");
        completeTask(repairId, "accept", "申请材料齐全，同意受理");
        browser.signOut();

        browser.signIn("ent2");
        browser.open("/portal/repairs/" + repairId);
        assertThat(browser.visible(By.id("repair-status")).getText()).isEqualTo("整改中");
        assertThat(browser.pageText()).contains("整改期限", "信用修复申请受理通知书");
        browser.type(By.id("progress-text"), "已完成全员合规培训，更换采购负责人");
        browser.click(By.id("progress-submit"));
        browser.confirmDialog();
        browser.visible(By.id("progress-list"));
        assertThat(browser.pageText()).contains("已完成全员合规培训");
        browser.screenshot("repair-5-progress");
        browser.open("/portal"); // the report's page is scrolled to #progress, the sign-out button out of sight
        browser.signOut();

        Instant rectificationEnds = clock.now().plus(Duration.ofDays(95));
        clock.setTo(rectificationEnds);
        dueJobs.runDue();

        browser.signIn("amr");
        completeTask(repairId, "pass", "整改到位，验收通过");
        browser.signOut();
        browser.signIn("credit");
        completeTask(repairId, "approve", "情况属实，提请领导小组决定");
        browser.signOut();
        browser.signIn("leader");
        completeTask(repairId, "approve", "同意信用修复");
        browser.open("/work/cases/REPAIR/" + repairId);
        assertThat(browser.pageText()).contains("修复成功");
        browser.signOut();

        browser.signIn("ent2");
        browser.open("/portal/repairs/" + repairId);
        assertThat(browser.visible(By.id("repair-status")).getText()).contains("修复成功");
        assertThat(browser.visible(By.id("repair-listing-status")).getText()).isEqualTo("已移出");
        String download = browser.visible(By.id("repair-decision-download")).getAttribute("href");
        assertThat(download).matches(".*/documents/\\d+/pdf");
        assertThat(browser.pageText()).contains("信用修复决定书");
        browser.screenshot("repair-6-approved");
        // the download the link offers: the decision's PDF, for ent2 (the same document through the API)
        String documentId = download.replaceAll(".*/documents/(\\d+)/pdf", "$1");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("ent2", "demo");
        ResponseEntity<byte[]> pdf = rest.exchange("/api/v1/documents/" + documentId + "/pdf", HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.open("/portal");
        browser.signOut();

        Repair repair = repairs.find(repairId).orElseThrow();
        assertThat(repair.status()).isEqualTo(RepairStatus.APPROVED);
        assertThat(listings.find(listing.id()).orElseThrow().status()).isEqualTo(ListingStatus.REMOVED);
        browser.open("/public");
        browser.type(By.name("q"), ENT2);
        browser.driver.findElement(By.name("q")).submit();
        browser.visible(By.id("public-results"));
        assertThat(browser.driver.findElements(By.id("public-listing-" + listing.id()))).isEmpty();
    }

    /** Chooses every material, the one named differently; the files are written to a temporary folder. */
    private void chooseMaterials(String odd, String oddName, String oddContent) throws Exception {
        for (String material : MATERIALS) {
            boolean isOdd = material.equals(odd);
            Path file = files.resolve(isOdd ? oddName : material + ".pdf");
            Files.write(file, (isOdd ? oddContent : "%PDF-1.4\n% " + material + "\n").getBytes(StandardCharsets.UTF_8));
            browser.driver.findElement(By.id("material-" + material)).sendKeys(file.toAbsolutePath().toString());
        }
    }

    /** Opens the repair's task from its case page, chooses the outcome, confirms and submits. */
    private void completeTask(long repairId, String outcome, String comment) throws Exception {
        browser.open("/work/cases/REPAIR/" + repairId);
        browser.click(By.cssSelector("#open-tasks a.btn-primary[href^='/work/tasks/']"));
        browser.click(By.cssSelector("label[for='outcome-" + outcome + "']"));
        browser.type(By.id("comment"), comment);
        browser.click(By.cssSelector("input[name='confirmed'][type='checkbox']"));
        browser.screenshot("repair-task-" + outcome);
        browser.click(By.id("task-submit"));
        browser.confirmDialog();
        browser.waitForUrl("/work");
        browser.visible(By.id("app-user-name"));
    }

    /** Recorded by amr, approved by amr-head, silent through the window, published: over the API, to save time. */
    private Listing publishedListingOfEnt2() {
        ResponseEntity<JsonNode> recorded = call(HttpMethod.POST, "/api/v1/listing-cases", "amr", Map.of(
                "subjectType", "ENTERPRISE", "subjectCode", ENT2, "subjectName", NAME,
                "basisType", "ADMINISTRATIVE_PENALTY", "basisNumber", "滑市监罚〔2026〕8号", "basisDate", "2026-01-05",
                "domain", "MARKET_ORDER", "severity", "SERIOUS", "facts", "在政府采购活动中串通投标",
                "measures", List.of("M-PROCUREMENT-BAN")));
        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
        long caseId = recorded.getBody().path("id").asLong();
        completeOverApi("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(noticeService, clock, caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        completeOverApi("credit", "publishListing", caseId, "publish");
        return listings.findByCase(caseId).orElseThrow();
    }

    private void completeOverApi(String user, String taskKey, long caseId, String outcome) {
        JsonNode tasks = call(HttpMethod.GET, "/api/v1/tasks?caseType=LISTING&size=200", user, null).getBody();
        String taskId = null;
        for (JsonNode task : tasks) {
            if (task.path("caseId").asText().equals(String.valueOf(caseId)) && task.path("taskKey").asText().equals(taskKey)) {
                taskId = task.path("id").asText();
            }
        }
        assertThat(taskId).as("%s of case %s for %s", taskKey, caseId, user).isNotNull();
        ResponseEntity<JsonNode> done = call(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete", user,
                Map.of("outcome", outcome));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static long idIn(String url, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
