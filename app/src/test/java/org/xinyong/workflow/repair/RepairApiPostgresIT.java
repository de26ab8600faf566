package org.xinyong.workflow.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.xinyong.workflow.support.ApiAnswers.assertError;
import static org.xinyong.workflow.support.ApiAnswers.body;
import static org.xinyong.workflow.support.ApiAnswers.list;
import static org.xinyong.workflow.support.ApiAnswers.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.xinyong.workflow.calendar.AdjustableClock;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.ListingNoticeService;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.security.Roles;
import org.xinyong.workflow.support.NoticeServiceSteps;
import org.xinyong.workflow.support.PostgresIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lifecycle C over HTTP on PostgreSQL, as API.md names it: a published listing of a fresh subject (its own enterprise
 * account), refused before the minimum publication period and accepted after it (the demo clock moved by the
 * administrator), one running repair per listing, another enterprise's listing "not found", uploads refused by size
 * and type, then the tasks through review, three months of rectification, inspection, the credit office and the
 * leading group to removal: the listing REMOVED, the sanctions check not listed, the public list without it, and the
 * audit log with every step.
 *
 * <p>The database is shared and outlives the run: the subject code and account are made fresh for the test, and the
 * business clock's stored offset is put back afterwards.
 */
@PostgresIntegrationTest
class RepairApiPostgresIT {

    private static final String PASSWORD = "demo";
    private static final byte[] PDF = "%PDF-1.4\n% repair material\n".getBytes();
    private static final List<String> MATERIALS = List.of("commitment", "identity", "performanceProof",
            "rectificationPlan");
    /** API.md "Errors": 10 MB per file; one kilobyte more. */
    private static final int TOO_LARGE = 10 * 1024 * 1024 + 1024;

    @LocalServerPort
    int port;
    @Autowired
    ListingNoticeService noticeService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AdjustableClock adjustableClock;
    @Autowired
    BusinessClock clock;
    @Autowired
    PeopleRepository people;
    @Autowired
    PasswordEncoder passwords;

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

    @Test
    void repairIsRefusedUntilTheMinimumPeriodThenApprovedAndTheListingRemoved() throws IOException {
        String subject = TestSubjects.enterpriseCode();
        String account = enterpriseAccount(subject);
        long listingId = publishedListing(subject);
        JsonNode listing = body(call(HttpMethod.GET, "/api/v1/listings/" + listingId, account, null));
        Instant repairableFrom = Instant.parse(listing.path("repairableFrom").asText());

        // before the minimum publication period: 422 with the day repair becomes possible
        ResponseEntity<JsonNode> tooEarly = apply(listingId, account, materials());
        assertError(tooEarly, HttpStatus.UNPROCESSABLE_ENTITY, "rule_violation", "最短公示期尚未届满");
        assertThat(tooEarly.getBody().path("message").asText())
                .contains(repairableFrom.atZone(clock.zone()).toLocalDate().toString());

        advanceClockTo(repairableFrom);

        // another enterprise's listing does not exist for it; uploads are checked by size and by content
        assertError(apply(listingId, "ent1", materials()), HttpStatus.NOT_FOUND, "not_found", "");
        String tooLarge = oversizedApplication(listingId, account);
        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("\"error\":\"payload_too_large\"")
                .contains("10 MB").doesNotContain("Exception");
        MultiValueMap<String, Object> wrongType = materials();
        wrongType.set("rectificationPlan", file("plan.pdf", "PK\u0003\u0004 a zip archive".getBytes()));
        assertError(apply(listingId, account, wrongType), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "plan.pdf");

        ResponseEntity<JsonNode> applied = apply(listingId, account, materials());
        assertThat(applied.getStatusCode()).as("%s", applied.getBody()).isEqualTo(HttpStatus.CREATED);
        long repairId = applied.getBody().path("id").asLong();
        assertThat(applied.getHeaders().getLocation()).hasPath("/api/v1/repairs/" + repairId);
        assertThat(applied.getBody().path("status").asText()).isEqualTo("APPLIED");
        assertThat(texts(applied.getBody().path("materials"), "material")).containsExactlyInAnyOrderElementsOf(MATERIALS);
        assertThat(texts(applied.getBody().path("deadlines"), "kind")).containsExactly("REPAIR_REVIEW");

        // one running repair per listing
        assertError(apply(listingId, account, materials()), HttpStatus.UNPROCESSABLE_ENTITY, "rule_violation",
                "正在办理");
        assertError(call(HttpMethod.GET, "/api/v1/repairs/" + repairId, "ent1", null), HttpStatus.NOT_FOUND,
                "not_found", "");

        complete("amr", "reviewRepair", repairId, "accept");
        JsonNode rectifying = body(call(HttpMethod.GET, "/api/v1/repairs/" + repairId, account, null));
        assertThat(rectifying.path("status").asText()).isEqualTo("RECTIFYING");
        Instant rectificationEnds = Instant.parse(deadline(rectifying, "RECTIFICATION").path("dueAt").asText());
        Instant acceptedAt = Instant.parse(rectifying.path("acceptedAt").asText());
        assertThat(rectificationEnds).as("at least three months (seed003 §二(五)2)")
                .isAfterOrEqualTo(acceptedAt.atZone(clock.zone()).plusMonths(3).toInstant());
        ResponseEntity<JsonNode> reported = call(HttpMethod.POST, "/api/v1/repairs/" + repairId + "/progress", account,
                Map.of("text", "已完成整改第一阶段"));
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(findTask("amr", "inspectRepair", repairId)).as("no inspection before the period ends").isEmpty();

        advanceClockTo(rectificationEnds);
        complete("amr", "inspectRepair", repairId, "pass");
        // recorded now, under the national set (from 2026-04-01): the identifying department decides the repair
        // (国办发〔2025〕22号 谁认定、谁修复); the seeds' leading-group path is RepairFlowTest's
        assertThat(findTask("credit", "checkRepairReport", repairId)).isEmpty();
        complete("amr-head", "decideRepairByDepartment", repairId, "approve");

        JsonNode approved = body(call(HttpMethod.GET, "/api/v1/repairs/" + repairId, account, null));
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("progress").get(0).path("text").asText()).isEqualTo("已完成整改第一阶段");
        assertThat(texts(approved.path("documents"), "kind")).contains("REPAIR_ACCEPTANCE", "REPAIR_REPORT",
                "REPAIR_DECISION");
        JsonNode removed = body(call(HttpMethod.GET, "/api/v1/listings/" + listingId, account, null));
        assertThat(removed.path("status").asText()).isEqualTo("REMOVED");
        assertThat(removed.path("endReason").asText()).isEqualTo("REPAIRED");

        JsonNode sanctions = body(call(HttpMethod.GET, "/api/v1/sanctions/" + subject + "?purpose=招标投标资格审查",
                "checker", null));
        assertThat(sanctions.path("listed").asBoolean()).isFalse();
        assertThat(sanctions.path("measures")).isEmpty();
        JsonNode publicList = body(call(HttpMethod.GET, "/api/v1/public/listings?size=200&q=" + subject, null, null));
        assertThat(list(publicList).stream().map(entry -> entry.path("listingId").asLong())).doesNotContain(listingId);

        List<String> actions = list(body(call(HttpMethod.GET, "/api/v1/audit?size=200&subjectCode=" + subject, "admin",
                null))).stream().map(entry -> entry.path("action").asText()).toList();
        assertThat(actions).contains("REPAIR_APPLIED", "REPAIR_DECIDED", "STATE_CHANGED", "TASK_COMPLETED",
                "SANCTIONS_QUERIED");
    }

    @Test
    void twoApplicationsForOneListingAtOnceMakeOneRepair() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        String account = enterpriseAccount(subject);
        long listingId = publishedListing(subject);
        advanceClockTo(Instant.parse(body(call(HttpMethod.GET, "/api/v1/listings/" + listingId, account, null))
                .path("repairableFrom").asText()));

        ExecutorService twoClients = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<HttpStatusCode> application = () -> {
                start.await();
                return apply(listingId, account, materials()).getStatusCode();
            };
            Future<HttpStatusCode> first = twoClients.submit(application);
            Future<HttpStatusCode> second = twoClients.submit(application);
            start.countDown();
            assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
                    .as("one repair runs per listing (DOMAIN Lifecycle C.1)")
                    .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.UNPROCESSABLE_ENTITY);
        } finally {
            twoClients.shutdownNow();
        }
        assertThat(list(body(call(HttpMethod.GET, "/api/v1/listings/" + listingId, account, null)).path("repairs")))
                .hasSize(1);
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    /** An enterprise account bound to {@code subject}, password {@value #PASSWORD}. */
    private String enterpriseAccount(String subject) {
        String username = "it-repair-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        people.insertUser(new AppUser(username, passwords.encode(PASSWORD), "修复测试企业有限公司", null, true,
                Roles.ENTERPRISE, null, subject, Set.of()));
        return username;
    }

    /** Recorded by amr, approved by amr-head, silent through the window (demo clock), published by the credit office. */
    private long publishedListing(String subject) {
        Map<String, Object> finding = TestSubjects.seriousFinding(subject, "修复测试企业有限公司", "鹤市监罚〔2026〕27号");
        ResponseEntity<JsonNode> recorded = call(HttpMethod.POST, "/api/v1/listing-cases", "amr", finding);
        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
        long caseId = recorded.getBody().path("id").asLong();
        completeListingTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(noticeService, clock, caseId);
        Instant windowEnds = Instant.parse(deadline(body(call(HttpMethod.GET, "/api/v1/listing-cases/" + caseId, "amr",
                null)), "STATEMENT_WINDOW").path("dueAt").asText());
        advanceClockTo(windowEnds);
        completeListingTask("credit", "publishListing", caseId, "publish");
        long listingId = body(call(HttpMethod.GET, "/api/v1/listing-cases/" + caseId, "amr", null)).path("listingId")
                .asLong();
        assertThat(listingId).isPositive();
        return listingId;
    }

    /** API.md {@code POST /admin/clock}: whole days, at least up to {@code instant}; the due timers run. */
    private void advanceClockTo(Instant instant) {
        Instant now = OffsetDateTime.parse(body(call(HttpMethod.GET, "/api/v1/admin/clock", "admin", null))
                .path("now").asText()).toInstant();
        long days = Math.max(1, Duration.between(now, instant).toDays() + 1);
        ResponseEntity<JsonNode> moved = call(HttpMethod.POST, "/api/v1/admin/clock", "admin",
                Map.of("advanceDays", days));
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(OffsetDateTime.parse(moved.getBody().path("now").asText()).toInstant()).isAfterOrEqualTo(instant);
    }

    /**
     * Applies with a proof over 10 MB over a plain socket and answers the raw response. The server stops reading at
     * the limit, answers 413 and closes the connection (Tomcat drops the connection after a 413), possibly while the
     * last bytes of the request are still being sent; an HTTP client library reports that as an I/O error although
     * the answer has arrived, so the answer is read here whatever happens to the rest of the request.
     */
    private String oversizedApplication(long listingId, String user) throws IOException {
        String boundary = "repair-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String material : MATERIALS) {
            byte[] content = material.equals("performanceProof") ? padded(PDF, TOO_LARGE) : PDF;
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + material + "\"; filename=\""
                    + material + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String head = "POST /api/v1/listings/" + listingId + "/repairs HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nAuthorization: Basic " + credentials + "\r\nAccept: application/json\r\nAccept-Language: zh-CN"
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.size()
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body.toByteArray());
                out.flush();
            } catch (IOException closedWhileSending) {
                // the server has answered and closed the connection: read its answer below
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    answer.write(buffer, 0, read);
                }
            } catch (SocketException resetAfterTheAnswer) {
                // a reset after the answer: what arrived is kept
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static MultiValueMap<String, Object> materials() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (String material : MATERIALS) {
            parts.add(material, file(material + ".pdf", PDF));
        }
        parts.add("statement", "已缴清罚款并完成整改");
        return parts;
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static byte[] padded(byte[] start, int size) {
        byte[] content = new byte[size];
        System.arraycopy(start, 0, content, 0, start.length);
        return content;
    }

    private ResponseEntity<JsonNode> apply(long listingId, String user, MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/v1/listings/" + listingId + "/repairs", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }

    private void complete(String user, String taskKey, long repairId, String outcome) {
        completeTask(user, taskKey, repairId, outcome, "REPAIR");
    }

    private void completeListingTask(String user, String taskKey, long caseId, String outcome) {
        completeTask(user, taskKey, caseId, outcome, "LISTING");
    }

    private void completeTask(String user, String taskKey, long caseId, String outcome, String caseType) {
        JsonNode task = findTask(user, taskKey, caseId, caseType)
                .orElseGet(() -> fail("no %s task of %s %s for %s", taskKey, caseType, caseId, user));
        ResponseEntity<JsonNode> answer = call(HttpMethod.POST, "/api/v1/tasks/" + task.path("id").asText()
                + "/complete", user, Map.of("outcome", outcome, "comment", "依法审核"));
        assertThat(answer.getStatusCode()).as("%s completes %s: %s", user, taskKey, answer.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private Optional<JsonNode> findTask(String user, String taskKey, long repairId) {
        return findTask(user, taskKey, repairId, "REPAIR");
    }

    /** Walks every page of {@code GET /tasks}: the shared database may hold other runs' tasks. */
    private Optional<JsonNode> findTask(String user, String taskKey, long caseId, String caseType) {
        int size = 200;
        for (int page = 0; ; page++) {
            ResponseEntity<JsonNode> answer = call(HttpMethod.GET,
                    "/api/v1/tasks?caseType=" + caseType + "&size=" + size + "&page=" + page, user, null);
            for (JsonNode task : list(body(answer))) {
                if (task.path("caseId").asText().equals(String.valueOf(caseId))
                        && task.path("taskKey").asText().equals(taskKey)) {
                    assertThat(task.path("caseType").asText()).isEqualTo(caseType);
                    return Optional.of(task);
                }
            }
            long total = Long.parseLong(answer.getHeaders().getFirst("X-Total-Count"));
            if ((page + 1L) * size >= total) {
                return Optional.empty();
            }
        }
    }

    private static JsonNode deadline(JsonNode view, String kind) {
        List<JsonNode> found = list(view.path("deadlines")).stream()
                .filter(deadline -> deadline.path("kind").asText().equals(kind)).toList();
        assertThat(found).as("deadline %s of %s", kind, view.path("deadlines")).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, PASSWORD);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
