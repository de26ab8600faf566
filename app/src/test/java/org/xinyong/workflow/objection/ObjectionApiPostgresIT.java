package org.xinyong.workflow.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.xinyong.workflow.support.ApiAnswers.assertError;
import static org.xinyong.workflow.support.ApiAnswers.assertNotFound;
import static org.xinyong.workflow.support.ApiAnswers.body;
import static org.xinyong.workflow.support.ApiAnswers.list;
import static org.xinyong.workflow.support.ApiAnswers.texts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.ListingNoticeService;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.support.NoticeServiceSteps;
import org.xinyong.workflow.support.PostgresIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lifecycle B over HTTP on PostgreSQL, as API.md names it: an enterprise objects to its published listing with
 * evidence, the sanctions check answers "suspended" meanwhile, the department verifies within 20 days of receipt,
 * and the outcome revokes the listing (gone from the public list) or resumes the sanctions; refusals (404, 409, 413,
 * 415) come as the JSON error body; every step leaves its audit entry.
 *
 * <p>The database is shared and outlives the run: each test works on a subject code made fresh for it
 * ({@link TestSubjects}) with an enterprise account bound to that code, like the demo account ent1 is bound to its
 * own, and moves no clock (the subject states its case, so the listing is decided without waiting for the window).
 */
@PostgresIntegrationTest
class ObjectionApiPostgresIT {

    private static final String PASSWORD = "demo";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** seed000 §五(五): verified within 20 days of receipt (calendar days in the seeds' rule set). */
    private static final int VERIFICATION_DAYS = 20;
    private static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ListingNoticeService noticeService;
    @Autowired
    BusinessClock noticeClock;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    PeopleRepository people;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String subject;
    private String account;

    /** A fresh enterprise and its portal account, as ent1 is to 91230400MA19XY0035. */
    @BeforeEach
    void freshEnterprise() {
        subject = TestSubjects.enterpriseCode();
        account = "it-ent-" + subject.substring(8, 17).toLowerCase();
        people.insertUser(new AppUser(account, passwordEncoder.encode(PASSWORD), "异议测试企业有限公司", null, true,
                "ENTERPRISE", null, subject, Set.of()));
    }

    @Test
    void objectionSuspendsTheSanctionsAndRevocationRemovesTheListingFromThePublicList() {
        long listingId = publishedListing();

        ResponseEntity<JsonNode> filed = fileWithFiles(listingId, account, "行政处罚决定已被复议机关撤销",
                file("复议决定书.pdf", PDF));
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode objection = filed.getBody();
        long objectionId = objection.path("id").asLong();
        assertThat(filed.getHeaders().getLocation()).hasPath("/api/v1/objections/" + objectionId);
        assertThat(objection.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(objection.path("applicantKind").asText()).isEqualTo("SUBJECT");
        assertThat(texts(objection.path("files"), "contentType")).containsExactly("application/pdf");
        assertVerifiedWithinTwentyDaysOfReceipt(objection);

        JsonNode sanctions = sanctions(subject);
        assertThat(sanctions.path("listed").asBoolean()).isTrue();
        assertThat(sanctions.path("suspended").asBoolean()).as("sanctions check during verification").isTrue();
        assertThat(listingEntry(sanctions, listingId).path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(single(publicList(subject), listingId).path("underObjection").asBoolean()).isTrue();
        JsonNode suspendedListing = body(call(HttpMethod.GET, "/api/v1/listings/" + listingId, account, null));
        assertThat(suspendedListing.path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(list(suspendedListing.path("objections"))).as("the listing shows its objection (API.md)")
                .singleElement().satisfies(summary -> {
                    assertThat(summary.path("id").asLong()).isEqualTo(objectionId);
                    assertThat(summary.path("status").asText()).isEqualTo("RECEIVED");
                });

        assertNotFound(call(HttpMethod.GET, "/api/v1/objections/" + objectionId, "ent1", null));
        assertNotFound(call(HttpMethod.GET, "/api/v1/objections/" + objectionId, "ent2", null));
        assertNotFound(call(HttpMethod.POST, "/api/v1/listings/" + listingId + "/objections", "ent1",
                Map.of("grounds", "不是我们的名单")));
        assertError(call(HttpMethod.POST, "/api/v1/listings/" + listingId + "/objections", account,
                Map.of("grounds", "再次异议")), HttpStatus.CONFLICT, "conflict", "已有正在核实的异议");

        complete("amr", "acceptObjection", objectionId, "accept", "");
        assertThat(objection(objectionId, "amr").path("status").asText()).isEqualTo("VERIFYING");
        complete("amr", "verifyObjection", objectionId, "revoke", "处罚决定已被撤销，认定依据不复存在");

        JsonNode decided = objection(objectionId, account);
        assertThat(decided.path("status").asText()).isEqualTo("REVOKED");
        assertThat(decided.path("outcome").asText()).isEqualTo("revoke");
        assertThat(texts(decided.path("documents"), "kind")).containsExactly("OBJECTION_REPLY");
        assertThat(body(call(HttpMethod.GET, "/api/v1/listings/" + listingId, account, null)).path("status").asText())
                .isEqualTo("REVOKED");
        assertThat(publicList(subject)).as("a revoked listing leaves the public list")
                .noneMatch(entry -> entry.path("listingId").asLong() == listingId);
        assertThat(publicList(null)).noneMatch(entry -> entry.path("listingId").asLong() == listingId);
        assertThat(list(body(call(HttpMethod.GET, "/api/v1/public/corrections?size=200", null, null))))
                .as("a correction restores the subject's reputation where the listing was published")
                .filteredOn(entry -> entry.path("listingId").asLong() == listingId).singleElement()
                .satisfies(correction -> assertThat(correction.path("subjectCode").asText()).isEqualTo(subject));
        JsonNode afterwards = sanctions(subject);
        assertThat(afterwards.path("listed").asBoolean()).isFalse();
        assertThat(afterwards.path("measures")).isEmpty();
        assertError(call(HttpMethod.POST, "/api/v1/listings/" + listingId + "/objections", account,
                Map.of("grounds", "名单已撤销后再次异议")), HttpStatus.CONFLICT, "conflict", "已移出或已撤销");
        assertError(callIn("en", HttpMethod.POST, "/api/v1/listings/" + listingId + "/objections", account,
                Map.of("grounds", "again")), HttpStatus.CONFLICT, "conflict", "removed or revoked");

        List<String> actions = actions(subject);
        assertThat(actions).contains("OBJECTION_FILED", "SANCTIONS_QUERIED", "OBJECTION_DECIDED", "SUBJECT_VIEWED");
        assertThat(audit(subject)).filteredOn(entry -> entry.path("action").asText().equals("OBJECTION_FILED"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.path("actor").asText()).isEqualTo(account);
                    assertThat(entry.path("caseRef").asText())
                            .contains("OBJECTION-" + objectionId);
                });
    }

    @Test
    void upheldObjectionResumesTheSanctions() {
        long listingId = publishedListing();

        ResponseEntity<JsonNode> filed = call(HttpMethod.POST, "/api/v1/listings/" + listingId + "/objections",
                "credit", Map.of("grounds", "平台比对发现认定信息可能有误"));
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        long objectionId = filed.getBody().path("id").asLong();
        assertThat(filed.getBody().path("applicantKind").asText()).isEqualTo("CREDIT_OFFICE");
        assertThat(sanctions(subject).path("suspended").asBoolean()).isTrue();
        assertThat(objection(objectionId, account).path("status").asText())
                .as("the subject follows an objection raised about its listing").isEqualTo("RECEIVED");

        complete("amr", "acceptObjection", objectionId, "accept", "");
        complete("amr", "verifyObjection", objectionId, "uphold", "认定事实清楚，证据确凿");

        assertThat(objection(objectionId, "credit").path("status").asText()).isEqualTo("UPHELD");
        JsonNode resumed = sanctions(subject);
        assertThat(resumed.path("listed").asBoolean()).isTrue();
        assertThat(resumed.path("suspended").asBoolean()).as("sanctions resume once upheld").isFalse();
        assertThat(listingEntry(resumed, listingId).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(texts(resumed.path("measures"))).contains("M-PROCUREMENT-BAN");
        assertThat(single(publicList(subject), listingId).path("underObjection").asBoolean()).isFalse();
        assertThat(actions(subject)).contains("OBJECTION_FILED", "OBJECTION_DECIDED");
    }

    /**
     * Issue 18.1: parallel filings against one listing give one objection, the others 409; sanctions stay suspended
     * while it is open (seed000 §五(五)). The listing's row lock decides, not a check before the insert.
     */
    @Test
    void parallelObjectionFilingsGiveOneObjection() throws Exception {
        long listingId = publishedListing();
        int parallel = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ResponseEntity<JsonNode>>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return fileWithFiles(listingId, account, "认定依据已被撤销", file("evidence.pdf", PDF));
                }));
            }
            start.countDown();
            List<HttpStatus> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(HttpStatus.valueOf(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)
                        .getStatusCode().value()));
            }
            assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            assertThat(statuses).filteredOn(HttpStatus.CONFLICT::equals).hasSize(parallel - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from objection where listing_id = ?").param(listingId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(sanctions(subject).path("suspended").asBoolean()).isTrue();
    }

    @Test
    void uploadsOverTenMegabytesOrNotPdfJpegPngAreRefusedAndNothingIsFiled() {
        long listingId = publishedListing();

        assertError(fileWithFiles(listingId, account, "理由", file("scan.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII))),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "PDF、JPEG 或 PNG");
        assertError(fileWithFiles(listingId, account, "理由", file("ok.pdf", PDF),
                        file("large.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1))),
                HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", "10");

        JsonNode listing = body(call(HttpMethod.GET, "/api/v1/listings/" + listingId, account, null));
        assertThat(listing.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(listing.path("objections")).as("a refused upload files nothing").isEmpty();
        assertThat(sanctions(subject).path("suspended").asBoolean()).isFalse();
        assertThat(actions(subject)).doesNotContain("OBJECTION_FILED");
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    /** verificationDueAt: 00:00 after the 20th day from receipt, later only when that day is a rest day. */
    private static void assertVerifiedWithinTwentyDaysOfReceipt(JsonNode objection) {
        LocalDate received = Instant.parse(objection.path("receivedAt").asText()).atZone(SHANGHAI).toLocalDate();
        Instant dueAt = Instant.parse(objection.path("verificationDueAt").asText());
        LocalDate lastDay = LocalDate.parse(objection.path("verificationLastDay").asText());
        assertThat(lastDay).isBetween(received.plusDays(VERIFICATION_DAYS), received.plusDays(VERIFICATION_DAYS + 7));
        assertThat(dueAt).isEqualTo(lastDay.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
        assertThat(ChronoUnit.DAYS.between(received, lastDay)).isGreaterThanOrEqualTo(VERIFICATION_DAYS);
        JsonNode deadline = list(objection.path("deadlines")).stream()
                .filter(candidate -> candidate.path("kind").asText().equals("OBJECTION_VERIFICATION"))
                .findFirst().orElseGet(() -> fail("no OBJECTION_VERIFICATION in %s", objection.path("deadlines")));
        assertThat(Instant.parse(deadline.path("dueAt").asText())).isEqualTo(dueAt);
        assertThat(deadline.path("overdue").asBoolean()).isFalse();
        assertThat(objection.path("overdue").asBoolean()).isFalse();
    }

    /**
     * A published listing of the fresh subject: amr records, amr-head approves, the subject states its case within
     * the window, amr verifies (proceed) and the credit office publishes.
     */
    private long publishedListing() {
        ResponseEntity<JsonNode> recorded = call(HttpMethod.POST, "/api/v1/listing-cases", "amr", finding(subject));
        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
        long caseId = recorded.getBody().path("id").asLong();
        complete("amr-head", "reviewByHead", "LISTING", caseId, "approve", "");
        NoticeServiceSteps.servedByPost(noticeService, noticeClock, caseId);
        ResponseEntity<JsonNode> stated = call(HttpMethod.POST, "/api/v1/listing-cases/" + caseId + "/statements",
                account, Map.of("kind", "STATEMENT", "text", "对处罚事实无异议，请求从轻"));
        assertThat(stated.getStatusCode()).as("%s", stated.getBody()).isEqualTo(HttpStatus.CREATED);
        complete("amr", "verifyStatement", "LISTING", caseId, "proceed", "");
        complete("credit", "publishListing", "LISTING", caseId, "publish", "");
        JsonNode listed = body(call(HttpMethod.GET, "/api/v1/listing-cases/" + caseId, "amr", null));
        assertThat(listed.path("status").asText()).isEqualTo("LISTED");
        long listingId = listed.path("listingId").asLong();
        assertThat(sanctions(subject).path("suspended").asBoolean()).isFalse();
        return listingId;
    }

    private static Map<String, Object> finding(String subjectCode) {
        return TestSubjects.seriousFinding(subjectCode, "异议测试企业有限公司", "鹤市监罚〔2026〕31号");
    }

    private JsonNode objection(long objectionId, String user) {
        return body(call(HttpMethod.GET, "/api/v1/objections/" + objectionId, user, null));
    }

    private JsonNode sanctions(String subjectCode) {
        return body(call(HttpMethod.GET, "/api/v1/sanctions/" + subjectCode + "?purpose=异议测试", "checker", null));
    }

    private static JsonNode listingEntry(JsonNode sanctions, long listingId) {
        return list(sanctions.path("listings")).stream()
                .filter(entry -> entry.path("listingId").asLong() == listingId).findFirst()
                .orElseGet(() -> fail("listing %s not in %s", listingId, sanctions));
    }

    private List<JsonNode> publicList(String query) {
        return list(body(call(HttpMethod.GET, "/api/v1/public/listings?size=200" + (query == null ? "" : "&q=" + query),
                null, null)));
    }

    private static JsonNode single(List<JsonNode> entries, long listingId) {
        List<JsonNode> found = entries.stream().filter(entry -> entry.path("listingId").asLong() == listingId).toList();
        assertThat(found).as("public entry of listing %s", listingId).hasSize(1);
        return found.get(0);
    }

    private List<JsonNode> audit(String subjectCode) {
        return list(body(call(HttpMethod.GET, "/api/v1/audit?size=200&subjectCode=" + subjectCode, "admin", null)));
    }

    private List<String> actions(String subjectCode) {
        return audit(subjectCode).stream().map(entry -> entry.path("action").asText()).toList();
    }

    private void complete(String user, String taskKey, long objectionId, String outcome, String comment) {
        complete(user, taskKey, "OBJECTION", objectionId, outcome, comment);
    }

    private void complete(String user, String taskKey, String caseType, long caseId, String outcome, String comment) {
        JsonNode task = findTask(user, taskKey, caseType, caseId)
                .orElseGet(() -> fail("no %s task of %s %s for %s", taskKey, caseType, caseId, user));
        ResponseEntity<JsonNode> answer = call(HttpMethod.POST, "/api/v1/tasks/" + task.path("id").asText()
                + "/complete", user, Map.of("outcome", outcome, "comment", comment));
        assertThat(answer.getStatusCode()).as("%s completes %s: %s", user, taskKey, answer.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Walks every page of {@code GET /tasks}: the shared database may hold other runs' tasks. */
    private Optional<JsonNode> findTask(String user, String taskKey, String caseType, long caseId) {
        int size = 200;
        for (int page = 0; ; page++) {
            ResponseEntity<JsonNode> answer = call(HttpMethod.GET,
                    "/api/v1/tasks?caseType=" + caseType + "&size=" + size + "&page=" + page, user, null);
            for (JsonNode task : list(body(answer))) {
                if (task.path("caseId").asText().equals(String.valueOf(caseId))
                        && task.path("taskKey").asText().equals(taskKey)) {
                    return Optional.of(task);
                }
            }
            long total = Long.parseLong(answer.getHeaders().getFirst("X-Total-Count"));
            if ((page + 1L) * size >= total) {
                return Optional.empty();
            }
        }
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private ResponseEntity<JsonNode> fileWithFiles(long listingId, String user, String grounds,
                                                   ByteArrayResource... files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("grounds", grounds);
        for (ByteArrayResource file : files) {
            HttpHeaders partHeaders = new HttpHeaders();
            partHeaders.setContentType(MediaType.APPLICATION_PDF);
            parts.add("files", new HttpEntity<>(file, partHeaders));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.exchange("/api/v1/listings/" + listingId + "/objections", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String user, Object body) {
        return callIn(null, method, path, user, body);
    }

    private ResponseEntity<JsonNode> callIn(String language, HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, PASSWORD);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
