package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.xinyong.workflow.support.ApiAnswers.assertError;
import static org.xinyong.workflow.support.ApiAnswers.assertNotFound;
import static org.xinyong.workflow.support.ApiAnswers.body;
import static org.xinyong.workflow.support.ApiAnswers.list;
import static org.xinyong.workflow.support.ApiAnswers.texts;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xinyong.workflow.calendar.AdjustableClock;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.ListingNoticeService;
import org.xinyong.workflow.support.NoticeServiceSteps;
import org.xinyong.workflow.support.PostgresIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lifecycle A over HTTP on PostgreSQL, exactly as API.md names it: recording, head review, notice and statement
 * window, the demo clock, decision, publication, and what the sanctions check, the public list and the enterprises
 * see afterwards; refusals and access rules with their JSON errors in Chinese and English.
 *
 * <p>The database is shared and outlives the run: every case is about a subject code made fresh for it
 * ({@link TestSubjects}), except ent1's own listing, which the test revokes again. Only
 * {@link #findingIsNoticedDecidedPublishedAndOnlyThenSanctioned} moves the business clock, and it puts the clock's
 * stored offset back afterwards; times are compared with the application's "now", never with the machine's.
 */
@PostgresIntegrationTest
class ListingApiPostgresIT {

    private static final String PASSWORD = "demo";
    private static final String ENT1 = "91230400MA19XY0035";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** DOMAIN Lifecycle A.5: a serious listing is published for 3 years and repairable after 1 (seeds' rule set). */
    private static final int PUBLICATION_YEARS = 3;
    private static final int MINIMUM_PUBLICATION_YEARS = 1;

    @Autowired
    ListingNoticeService noticeService;
    @Autowired
    BusinessClock noticeClock;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AdjustableClock adjustableClock;

    private Duration offsetBefore;

    @BeforeEach
    void rememberClockOffset() {
        offsetBefore = adjustableClock.offset();
    }

    @AfterEach
    void restoreClockOffset() {
        if (!adjustableClock.offset().equals(offsetBefore)) {
            adjustableClock.resetToRealTime();
            if (!offsetBefore.isZero()) {
                adjustableClock.advanceDays((int) offsetBefore.toDays());
            }
        }
    }

    // --- the whole lifecycle -----------------------------------------------------------------------------------------

    @Test
    void findingIsNoticedDecidedPublishedAndOnlyThenSanctioned() {
        String enterprise = TestSubjects.enterpriseCode();
        String person = TestSubjects.residentIdNumber();
        long enterpriseCase = recordFinding(enterprise, "ENTERPRISE", "鹤岗示例建设工程有限公司");
        long personCase = recordFinding(person, "INDIVIDUAL", "张三丰");
        long ent1Case = recordFinding(ENT1, "ENTERPRISE", "鹤岗市示例商贸有限公司");
        Long ent1Listing = null;
        try {
            JsonNode recorded = caseView("amr", enterpriseCase);
            assertThat(recorded.path("status").asText()).isEqualTo("UNDER_REVIEW");
            assertThat(texts(recorded.path("deadlines"), "kind")).as("only the head's review runs before approval")
                    .containsExactly("HEAD_REVIEW");
            assertThat(actions(recorded.path("history"))).contains("CASE_RECORDED");

            JsonNode review = task("amr-head", "reviewByHead", enterpriseCase);
            assertThat(texts(review.path("outcomes"))).containsExactly("approve", "reject");
            assertThat(review.path("caseType").asText()).isEqualTo("LISTING");
            assertThat(review.path("subjectCode").asText()).isEqualTo(enterprise);
            for (long caseId : List.of(enterpriseCase, personCase, ent1Case)) {
                complete("amr-head", "reviewByHead", caseId, "approve");
                NoticeServiceSteps.servedByPost(noticeService, noticeClock, caseId);
            }

            JsonNode noticed = caseView("amr", enterpriseCase);
            Instant now = clockNow();
            assertThat(noticed.path("status").asText()).isEqualTo("NOTICE_PERIOD");
            JsonNode window = deadline(noticed, "STATEMENT_WINDOW");
            assertThat(Instant.parse(window.path("dueAt").asText())).isAfter(now);
            assertThat(window.path("overdue").asBoolean()).isFalse();
            assertThat(window.path("status").asText()).isEqualTo("OPEN");
            assertThat(texts(noticed.path("documents"), "kind")).containsExactly("LISTING_NOTICE");
            assertNotSanctioned(enterprise, "政府采购资格审查");

            // ent1 states its case within the window: its department verifies, with a deadline of its own
            ResponseEntity<JsonNode> statement = call(HttpMethod.POST, "/api/v1/listing-cases/" + ent1Case
                    + "/statements", "ent1", Map.of("kind", "OBJECTION", "text", "处罚决定已申请行政复议"), null);
            assertThat(statement.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(caseView("amr", ent1Case).path("status").asText()).isEqualTo("STATEMENT_VERIFICATION");
            JsonNode verification = task("amr", "verifyStatement", ent1Case);
            assertThat(texts(verification.path("outcomes"))).containsExactly("proceed", "drop");
            assertThat(verification.path("overdue").asBoolean()).isFalse();

            // silence until the window closes means proceed
            JsonNode moved = advanceClockPastStatementWindows(enterpriseCase, personCase);
            Instant afterMove = OffsetDateTime.parse(moved.path("now").asText()).toInstant();
            assertThat(afterMove).isAfter(now);
            assertThat(moved.path("jobsExecuted").asInt()).as("the two window timers at least").isGreaterThanOrEqualTo(2);
            for (long caseId : List.of(enterpriseCase, personCase)) {
                JsonNode decided = caseView("credit", caseId);
                assertThat(decided.path("status").asText()).isEqualTo("AWAITING_PUBLICATION");
                JsonNode closedWindow = deadline(decided, "STATEMENT_WINDOW");
                assertThat(closedWindow.path("status").asText()).isEqualTo("MET");
                assertThat(closedWindow.path("overdue").asBoolean()).isFalse();
                assertThat(texts(decided.path("documents"), "kind")).containsExactly("LISTING_NOTICE", "LISTING_DECISION");
            }

            // the verification deadline passed meanwhile: the task and the case say so
            JsonNode lateVerification = task("amr", "verifyStatement", ent1Case);
            assertThat(Instant.parse(lateVerification.path("dueAt").asText())).isBefore(afterMove);
            assertThat(lateVerification.path("overdue").asBoolean()).isTrue();
            JsonNode reply = deadline(caseView("amr", ent1Case), "STATEMENT_REPLY");
            assertThat(reply.path("overdue").asBoolean()).isTrue();
            assertThat(reply.path("dueAt").asText()).isEqualTo(lateVerification.path("dueAt").asText());
            complete("amr", "verifyStatement", ent1Case, "proceed");
            assertThat(caseView("amr", ent1Case).path("status").asText()).isEqualTo("AWAITING_PUBLICATION");

            assertNotSanctioned(enterprise, null);
            for (long caseId : List.of(enterpriseCase, personCase, ent1Case)) {
                complete("credit", "publishListing", caseId, "publish");
            }

            JsonNode listed = caseView("amr", enterpriseCase);
            assertThat(listed.path("status").asText()).isEqualTo("LISTED");
            long enterpriseListing = listed.path("listingId").asLong();
            long personListing = caseView("amr", personCase).path("listingId").asLong();
            ent1Listing = caseView("amr", ent1Case).path("listingId").asLong();
            assertThat(List.of(enterpriseListing, personListing, ent1Listing)).doesNotContain(0L).doesNotHaveDuplicates();

            JsonNode listing = body(call(HttpMethod.GET, "/api/v1/listings/" + enterpriseListing, "amr", null, null));
            assertListingRunsItsPublicationPeriods(listed, listing);
            assertSanctionedAndEveryCheckAudited(enterprise, enterpriseListing);
            assertPublicListShowsEnterprisesInFullAndPeopleMasked(enterprise, enterpriseListing, person, personListing);
            assertEnterprisesSeeOnlyTheirOwnListings(enterprise, enterpriseListing, ent1Listing);
        } finally {
            if (ent1Listing != null) {
                revokeAgain(ent1Case, ent1Listing);
            }
        }
    }

    private void assertListingRunsItsPublicationPeriods(JsonNode listedCase, JsonNode listing) {
        assertThat(listing.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(texts(listing.path("measures"))).containsExactly("M-PROCUREMENT-BAN");
        Instant listedAt = Instant.parse(listing.path("listedAt").asText());
        Instant publishUntil = Instant.parse(listing.path("publishUntil").asText());
        Instant repairableFrom = Instant.parse(listing.path("repairableFrom").asText());
        assertThat(deadline(listedCase, "PUBLICATION").path("dueAt").asText()).isEqualTo(listing.path("publishUntil").asText());
        assertThat(deadline(listedCase, "MINIMUM_PUBLICATION").path("dueAt").asText())
                .isEqualTo(listing.path("repairableFrom").asText());
        assertThat(deadline(listedCase, "PUBLICATION").path("overdue").asBoolean()).isFalse();
        assertThat(publishUntil.atZone(SHANGHAI).toLocalDate())
                .isBetween(listedAt.atZone(SHANGHAI).toLocalDate().plusYears(PUBLICATION_YEARS),
                        listedAt.atZone(SHANGHAI).toLocalDate().plusYears(PUBLICATION_YEARS).plusDays(1));
        assertThat(repairableFrom.atZone(SHANGHAI).toLocalDate())
                .isBetween(listedAt.atZone(SHANGHAI).toLocalDate().plusYears(MINIMUM_PUBLICATION_YEARS),
                        listedAt.atZone(SHANGHAI).toLocalDate().plusYears(MINIMUM_PUBLICATION_YEARS).plusDays(1));
        assertThat(actions(listedCase.path("history"))).contains("CASE_RECORDED", "TASK_COMPLETED", "DOCUMENT_ISSUED",
                "LISTING_PUBLISHED");
    }

    private void assertSanctionedAndEveryCheckAudited(String enterprise, long listingId) {
        JsonNode answer = body(call(HttpMethod.GET, "/api/v1/sanctions/" + enterprise + "?purpose=招标投标资格审查",
                "checker", null, null));
        assertThat(answer.path("subjectCode").asText()).isEqualTo(enterprise);
        assertThat(answer.path("listed").asBoolean()).isTrue();
        assertThat(answer.path("suspended").asBoolean()).isFalse();
        assertThat(texts(answer.path("measures"))).contains("M-PROCUREMENT-BAN");
        assertThat(answer.path("listings").findValuesAsText("listingId")).contains(String.valueOf(listingId));

        List<JsonNode> checks = audit(enterprise).stream()
                .filter(entry -> entry.path("action").asText().equals("SANCTIONS_QUERIED")).toList();
        assertThat(checks).as("one entry per sanctions check of this subject, three in all").hasSize(3);
        assertThat(checks).allSatisfy(entry -> assertThat(entry.path("actor").asText()).isEqualTo("checker"));
        assertThat(checks).extracting(entry -> entry.path("purpose").asText(null))
                .containsExactlyInAnyOrder("招标投标资格审查", null, "政府采购资格审查");
    }

    private void assertPublicListShowsEnterprisesInFullAndPeopleMasked(String enterprise, long enterpriseListing,
                                                                       String person, long personListing) {
        JsonNode enterpriseEntry = single(publicList(enterprise), enterpriseListing);
        assertThat(enterpriseEntry.path("subjectCode").asText()).isEqualTo(enterprise);
        assertThat(enterpriseEntry.path("subjectName").asText()).isEqualTo("鹤岗示例建设工程有限公司");
        assertThat(enterpriseEntry.path("underObjection").asBoolean()).isFalse();

        JsonNode personEntry = single(publicList(person), personListing);
        assertThat(personEntry.path("subjectType").asText()).isEqualTo("INDIVIDUAL");
        assertThat(personEntry.path("subjectName").asText()).isEqualTo("张**");
        assertThat(personEntry.path("subjectCode").asText())
                .isEqualTo(person.substring(0, 4) + "**********" + person.substring(14));
        assertThat(publicList("张三丰")).as("a person is found by the exact ID number only")
                .noneMatch(entry -> entry.path("listingId").asLong() == personListing);
        assertThat(publicList(person.substring(0, 10))).noneMatch(entry -> entry.path("listingId").asLong() == personListing);
        assertThat(publicList(null)).filteredOn(entry -> entry.path("subjectType").asText().equals("INDIVIDUAL"))
                .allSatisfy(entry -> assertThat(entry.path("subjectCode").asText()).contains("**********"));
    }

    private void assertEnterprisesSeeOnlyTheirOwnListings(String enterprise, long enterpriseListing, long ent1Listing) {
        List<JsonNode> ent1Sees = list(body(call(HttpMethod.GET, "/api/v1/listings?size=200", "ent1", null, null)));
        assertThat(ent1Sees).extracting(listing -> listing.path("id").asLong()).contains(ent1Listing);
        assertThat(ent1Sees).allSatisfy(listing -> assertThat(listing.path("subjectCode").asText()).isEqualTo(ENT1));
        assertThat(list(body(call(HttpMethod.GET, "/api/v1/listings?subjectCode=" + enterprise, "ent1", null, null))))
                .as("an enterprise's filter cannot reach another subject")
                .noneMatch(listing -> listing.path("subjectCode").asText().equals(enterprise));
        assertThat(body(call(HttpMethod.GET, "/api/v1/listings/" + ent1Listing, "ent1", null, null)).path("id").asLong())
                .isEqualTo(ent1Listing);

        assertNotFound(call(HttpMethod.GET, "/api/v1/listings/" + enterpriseListing, "ent1", null, null));
        assertNotFound(call(HttpMethod.GET, "/api/v1/listings/" + enterpriseListing, "ent2", null, null));
        assertNotFound(call(HttpMethod.GET, "/api/v1/listings/" + ent1Listing, "ent2", null, null));
        assertThat(list(body(call(HttpMethod.GET, "/api/v1/listings?size=200", "ent2", null, null))))
                .noneMatch(listing -> listing.path("id").asLong() == ent1Listing
                        || listing.path("id").asLong() == enterpriseListing);
    }

    /** ent1's listing must not outlive the test: the objection process's message revokes it, as in production. */
    private void revokeAgain(long ent1Case, long ent1Listing) {
        runtime.createMessageCorrelation("ListingRevoked").processInstanceBusinessKey(ListingCase.businessKey(ent1Case))
                .correlate();
        JsonNode revoked = body(call(HttpMethod.GET, "/api/v1/listings/" + ent1Listing, "amr", null, null));
        assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
        JsonNode sanctions = body(call(HttpMethod.GET, "/api/v1/sanctions/" + ENT1, "checker", null, null));
        assertThat(sanctions.path("listings").findValuesAsText("listingId")).doesNotContain(String.valueOf(ent1Listing));
    }

    // --- head review and tasks ---------------------------------------------------------------------------------------

    @Test
    void headRejectionClosesTheCaseWithoutTellingTheSubject() {
        long caseId = recordFinding(TestSubjects.enterpriseCode(), "ENTERPRISE", "示例商贸有限公司");

        complete("amr-head", "reviewByHead", caseId, "reject");

        JsonNode closed = caseView("amr", caseId);
        assertThat(closed.path("status").asText()).isEqualTo("NOT_LISTED");
        assertThat(closed.path("closeReason").asText()).isEqualTo("REJECTED_AT_REVIEW");
        assertThat(closed.path("documents")).as("no notice to a subject that was never told").isEmpty();
        assertThat(closed.path("listingId").isMissingNode()).isTrue();
    }

    @Test
    void taskIsCompletedOnlyWithOneOfItsOutcomesAndOnlyOnce() {
        long caseId = recordFinding(TestSubjects.enterpriseCode(), "ENTERPRISE", "示例商贸有限公司");
        String taskId = task("amr-head", "reviewByHead", caseId).path("id").asText();
        assertThat(findTask("amr", "reviewByHead", caseId)).as("the head reviews, not the caseworker").isEmpty();
        assertThat(findTask("tax-head", "reviewByHead", caseId)).as("another department's head").isEmpty();

        ResponseEntity<JsonNode> wrongOutcome = call(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete",
                "amr-head", Map.of("outcome", "publish"), null);
        assertError(wrongOutcome, HttpStatus.BAD_REQUEST, "invalid_request", "publish");
        assertThat(wrongOutcome.getBody().path("message").asText()).contains("approve, reject").contains("无效");

        ResponseEntity<JsonNode> done = call(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete", "amr-head",
                Map.of("outcome", "reject", "comment", "证据不足"), null);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> again = call(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete", "amr-head",
                Map.of("outcome", "reject"), "en");
        assertError(again, HttpStatus.CONFLICT, "conflict", "already been completed");
        assertNotFound(call(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete", "tax-head",
                Map.of("outcome", "reject"), null));
    }

    // --- refusals ----------------------------------------------------------------------------------------------------

    @Test
    void creditCodeWithAWrongCheckCharacterIsRefused() {
        String wrong = TestSubjects.withWrongCheckCharacter(TestSubjects.enterpriseCode());

        assertError(record(finding(wrong), null), HttpStatus.BAD_REQUEST, "invalid_request", "校验码");
        assertError(record(finding(wrong), "en"), HttpStatus.BAD_REQUEST, "invalid_request", "check character");
        assertNoCaseOf(wrong);
    }

    @Test
    void basisThatIsNotALegallyEffectiveDocumentIsRefused() {
        String subject = TestSubjects.enterpriseCode();
        Map<String, Object> finding = finding(subject);
        finding.put("basisType", "NOTICE_OF_INVESTIGATION");

        assertError(record(finding, null), HttpStatus.BAD_REQUEST, "invalid_request", "发生法律效力");
        assertError(record(finding, "en"), HttpStatus.BAD_REQUEST, "invalid_request", "not a legally effective document");
        assertNoCaseOf(subject);
    }

    @Test
    void domainOutsideTheFourDomainsOfTheSeriousListIsRefused() {
        String subject = TestSubjects.enterpriseCode();
        Map<String, Object> finding = finding(subject);
        finding.put("domain", "TAX_ARREARS");

        assertError(record(finding, null), HttpStatus.BAD_REQUEST, "invalid_request", "四个领域");
        assertError(record(finding, "en"), HttpStatus.BAD_REQUEST, "invalid_request", "outside the four domains");
        assertNoCaseOf(subject);
    }

    @Test
    void summaryProcedurePenaltyIsRefused() {
        String subject = TestSubjects.enterpriseCode();
        Map<String, Object> finding = finding(subject);
        finding.put("summaryProcedure", true);

        assertError(record(finding, null), HttpStatus.BAD_REQUEST, "invalid_request", "简易程序");
        assertError(record(finding, "en"), HttpStatus.BAD_REQUEST, "invalid_request", "summary procedure");
        assertNoCaseOf(subject);
    }

    // --- access ------------------------------------------------------------------------------------------------------

    @Test
    void callerWithoutCredentialsIsAskedToSignIn() {
        assertError(call(HttpMethod.GET, "/api/v1/tasks", null, null, null), HttpStatus.UNAUTHORIZED, "unauthorized",
                "请先登录");
        assertError(call(HttpMethod.POST, "/api/v1/listing-cases", null, finding(TestSubjects.enterpriseCode()), "en"),
                HttpStatus.UNAUTHORIZED, "unauthorized", "sign in");
        assertError(call(HttpMethod.GET, "/api/v1/listings", "ent1", "not-the-password", null, null),
                HttpStatus.UNAUTHORIZED, "unauthorized", "请先登录");
    }

    @Test
    void callerInTheWrongRoleIsRefused() {
        String subject = TestSubjects.enterpriseCode();
        assertError(call(HttpMethod.POST, "/api/v1/listing-cases", "ent1", finding(subject), null),
                HttpStatus.FORBIDDEN, "forbidden", "无权");
        assertError(call(HttpMethod.POST, "/api/v1/listing-cases", "amr-head", finding(subject), "en"),
                HttpStatus.FORBIDDEN, "forbidden", "not allowed");
        assertError(call(HttpMethod.GET, "/api/v1/tasks", "checker", null, null), HttpStatus.FORBIDDEN, "forbidden", "无权");
        assertError(call(HttpMethod.GET, "/api/v1/audit?subjectCode=" + subject, "amr", null, null),
                HttpStatus.FORBIDDEN, "forbidden", "无权");
        assertError(call(HttpMethod.POST, "/api/v1/admin/clock", "amr", Map.of("advanceDays", 1), null),
                HttpStatus.FORBIDDEN, "forbidden", "无权");
        assertNoCaseOf(subject);
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private long recordFinding(String subjectCode, String subjectType, String subjectName) {
        Map<String, Object> finding = finding(subjectCode);
        finding.put("subjectType", subjectType);
        finding.put("subjectName", subjectName);
        ResponseEntity<JsonNode> answer = record(finding, null);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = answer.getBody().path("id").asLong();
        assertThat(answer.getHeaders().getLocation()).hasPath("/api/v1/listing-cases/" + id);
        assertThat(answer.getBody().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(answer.getBody().path("subjectCode").asText()).isEqualTo(subjectCode);
        return id;
    }

    private ResponseEntity<JsonNode> record(Map<String, Object> finding, String language) {
        return call(HttpMethod.POST, "/api/v1/listing-cases", "amr", finding, language);
    }

    private static Map<String, Object> finding(String subjectCode) {
        return TestSubjects.seriousFinding(subjectCode, "示例商贸有限公司", "鹤市监罚〔2026〕15号");
    }

    private JsonNode caseView(String user, long caseId) {
        return body(call(HttpMethod.GET, "/api/v1/listing-cases/" + caseId, user, null, null));
    }

    private void assertNoCaseOf(String subjectCode) {
        assertThat(list(body(call(HttpMethod.GET, "/api/v1/listing-cases?subjectCode=" + subjectCode, "amr", null,
                null)))).isEmpty();
    }

    private static JsonNode deadline(JsonNode caseView, String kind) {
        List<JsonNode> found = list(caseView.path("deadlines")).stream()
                .filter(deadline -> deadline.path("kind").asText().equals(kind)).toList();
        assertThat(found).as("deadline %s of %s", kind, caseView.path("deadlines")).hasSize(1);
        assertThat(found.get(0).has("dueAt")).isTrue();
        assertThat(found.get(0).has("overdue")).isTrue();
        return found.get(0);
    }

    private void assertNotSanctioned(String subjectCode, String purpose) {
        JsonNode answer = body(call(HttpMethod.GET, "/api/v1/sanctions/" + subjectCode
                + (purpose == null ? "" : "?purpose=" + purpose), "checker", null, null));
        assertThat(answer.path("listed").asBoolean()).as("no sanctions before publication").isFalse();
        assertThat(answer.path("measures")).isEmpty();
    }

    private List<JsonNode> audit(String subjectCode) {
        return list(body(call(HttpMethod.GET, "/api/v1/audit?size=200&subjectCode=" + subjectCode, "admin", null, null)));
    }

    private List<JsonNode> publicList(String query) {
        ResponseEntity<JsonNode> answer = call(HttpMethod.GET,
                "/api/v1/public/listings?size=200" + (query == null ? "" : "&q=" + query), null, null, null);
        return list(body(answer));
    }

    private static JsonNode single(List<JsonNode> entries, long listingId) {
        List<JsonNode> found = entries.stream().filter(entry -> entry.path("listingId").asLong() == listingId).toList();
        assertThat(found).as("public entry of listing %s", listingId).hasSize(1);
        return found.get(0);
    }

    private Instant clockNow() {
        return OffsetDateTime.parse(body(call(HttpMethod.GET, "/api/v1/admin/clock", "admin", null, null))
                .path("now").asText()).toInstant();
    }

    /**
     * API.md {@code POST /admin/clock}: 20 days, or more when the holidays stretch a window of working days past
     * them (the demo clock moves whole days).
     */
    private JsonNode advanceClockPastStatementWindows(long... caseIds) {
        Instant now = clockNow();
        Instant lastDue = now;
        for (long caseId : caseIds) {
            Instant due = Instant.parse(deadline(caseView("amr", caseId), "STATEMENT_WINDOW").path("dueAt").asText());
            lastDue = due.isAfter(lastDue) ? due : lastDue;
        }
        long days = Math.max(20, Duration.between(now, lastDue).toDays() + 1);
        ResponseEntity<JsonNode> answer = call(HttpMethod.POST, "/api/v1/admin/clock", "admin",
                Map.of("advanceDays", days), null);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private JsonNode task(String user, String taskKey, long caseId) {
        return findTask(user, taskKey, caseId)
                .orElseGet(() -> fail("no %s task of case %s for %s", taskKey, caseId, user));
    }

    /** Walks every page of {@code GET /tasks}: the shared database may hold other runs' tasks. */
    private Optional<JsonNode> findTask(String user, String taskKey, long caseId) {
        int size = 200;
        for (int page = 0; ; page++) {
            ResponseEntity<JsonNode> answer = call(HttpMethod.GET,
                    "/api/v1/tasks?caseType=LISTING&size=" + size + "&page=" + page, user, null, null);
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

    private void complete(String user, String taskKey, long caseId, String outcome) {
        String taskId = task(user, taskKey, caseId).path("id").asText();
        ResponseEntity<JsonNode> answer = call(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete", user,
                Map.of("outcome", outcome, "comment", "理由：" + outcome), null);
        assertThat(answer.getStatusCode()).as("%s completes %s: %s", user, taskKey, answer.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String user, Object body, String language) {
        return call(method, path, user, PASSWORD, body, language);
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String user, String password, Object body,
                                          String language) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
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

    private static List<String> actions(JsonNode history) {
        List<String> actions = new ArrayList<>();
        history.forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }
}
