package org.xinyong.workflow.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinyong.workflow.XinyongApplication;
import org.xinyong.workflow.calendar.AdjustableClock;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.ListingNoticeService;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.support.NoticeServiceSteps;
import org.xinyong.workflow.support.PostgresAvailability;
import org.xinyong.workflow.support.PostgresTestDatabase;
import org.xinyong.workflow.support.PostgresTestSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scaling out on Camunda's own cluster model: two application nodes, each with its own engine and job executor, on
 * ONE PostgreSQL database, no coordination but the database. Deadlines made due by the business clock fire once
 * each although both nodes' job executors (and both nodes' "run due jobs" calls) race for them; a task both nodes are
 * asked to complete at the same moment is completed once: one request wins (204), the other is told 409.
 *
 * <p>Both nodes run in this JVM (Failsafe gives the class a JVM of its own) so they share the engine's static clock,
 * as nodes share real time; each engine has its own name because Camunda keeps a static registry of engines by name.
 * Cases are about fresh subjects; the clock's stored offset is put back at the end. Browser sessions are in the
 * database too (Spring Session JDBC), so a user signed in on one node is served by the other.
 */
@ExtendWith(PostgresAvailability.class)
class TwoNodesOnOneDatabaseIT {

    private static final int CASES = 4;
    private static final String PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Node> nodes = new ArrayList<>();
    private static Duration offsetBefore;

    private record Node(String name, ConfigurableApplicationContext context, int port) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }
    }

    @BeforeAll
    static void startTwoNodes() {
        nodes.add(start("node-a"));
        nodes.add(start("node-b"));
        offsetBefore = nodes.get(0).bean(AdjustableClock.class).offset();
    }

    @AfterAll
    static void stopNodes() {
        if (!nodes.isEmpty() && offsetBefore != null) {
            AdjustableClock clock = nodes.get(0).bean(AdjustableClock.class);
            clock.resetToRealTime();
            if (!offsetBefore.isZero()) {
                clock.advanceDays((int) offsetBefore.toDays());
            }
        }
        nodes.forEach(node -> node.context().close());
        nodes.clear();
    }

    private static Node start(String name) {
        PostgresTestSettings database = PostgresTestDatabase.settings();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(XinyongApplication.class)
                .profiles("demo")
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        // the test configuration turns the job executor off; nodes run it as production does
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.process-engine-name=" + name,
                        "--spring.application.name=" + name,
                        "--xinyong.demo.sample-cases=false");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Node(name, context, port);
    }

    private static Node node(int i) {
        return nodes.get(i % nodes.size());
    }

    @Test
    void deadlinesFireOnceAndATaskIsCompletedOnceWhenBothNodesRace() throws Exception {
        // each node records cases and approves them: the statement windows open, each with its timer
        List<Long> caseIds = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            JsonNode recorded = call(node(i), "POST", "/api/v1/listing-cases", "amr", finding(), 201, 200);
            caseIds.add(recorded.path("id").asLong());
        }
        for (int i = 0; i < CASES; i++) {
            String taskId = openTask(caseIds.get(i), "reviewByHead").getId();
            call(node(i + 1), "POST", "/api/v1/tasks/" + taskId + "/complete", "amr-head",
                    Map.of("outcome", "approve"), 204);
            // the notice is served (issue 13.5): from then the statement window runs, with its timer
            NoticeServiceSteps.servedByPost(node(i).bean(ListingNoticeService.class), node(i).bean(BusinessClock.class),
                    caseIds.get(i));
        }
        List<Job> timers = new ArrayList<>();
        for (long caseId : caseIds) {
            timers.add(waitingTimer(caseId));
        }

        // the business clock passes every window's end at once; both nodes' job executors and both nodes' "run due
        // jobs" (what the demo clock endpoint calls) go for the same timers
        Instant lastDue = timers.stream().map(job -> job.getDuedate().toInstant()).max(Instant::compareTo).orElseThrow();
        Instant now = node(0).bean(BusinessClock.class).now();
        node(0).bean(AdjustableClock.class).advanceDays((int) Duration.between(now, lastDue).toDays() + 2);
        race(node -> node.bean(DueJobs.class).runDue());
        waitUntil(() -> caseIds.stream().allMatch(caseId -> publishTask(caseId) != null), Duration.ofMinutes(2),
                "every case's window closed and its publication task opened");

        JdbcTemplate jdbc = node(0).bean(JdbcTemplate.class);
        for (long caseId : caseIds) {
            String businessKey = "LISTING-" + caseId;
            assertThat(count(jdbc, "select count(*) from act_hi_actinst a join act_hi_procinst p on"
                    + " p.proc_inst_id_ = a.proc_inst_id_ where p.business_key_ = ? and a.act_id_ = 'Event_windowClosed'"
                    + " and a.end_time_ is not null", businessKey)).as("statement window timer of %s fired", caseId)
                    .isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from act_hi_taskinst t join act_hi_procinst p on"
                    + " p.proc_inst_id_ = t.proc_inst_id_ where p.business_key_ = ? and t.task_def_key_ ="
                    + " 'publishListing'", businessKey)).as("publication tasks of %s", caseId).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from act_ru_incident i join act_ru_execution e on"
                    + " e.id_ = i.proc_inst_id_ where e.business_key_ = ?", businessKey)).isZero();
        }

        // both nodes are asked to publish each listing at the same moment: one completes it, the other answers 409
        for (long caseId : caseIds) {
            String taskId = publishTask(caseId).getId();
            List<Integer> statuses = race(node -> status(node, "POST", "/api/v1/tasks/" + taskId + "/complete",
                    "credit", Map.of("outcome", "publish")));
            assertThat(statuses).as("answers of the two nodes for case %s", caseId).containsExactlyInAnyOrder(204, 409);
            String businessKey = "LISTING-" + caseId;
            assertThat(count(jdbc, "select count(*) from act_hi_taskinst t join act_hi_procinst p on"
                    + " p.proc_inst_id_ = t.proc_inst_id_ where p.business_key_ = ? and t.task_def_key_ ="
                    + " 'publishListing' and t.end_time_ is not null", businessKey)).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from listing where case_id = ?", caseId))
                    .as("listings of case %s", caseId).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from audit_entry where case_ref = ? and action = 'TASK_COMPLETED'"
                    + " and detail like ?", businessKey, "%: publish%"))
                    .as("audited publications of case %s", caseId).isEqualTo(1);
        }
    }

    /**
     * Issue 18.10: sessions live in the database (Spring Session JDBC), so a user who signs in on one node works on the
     * other without sticky sessions: claims and completes a task there with the session's CSRF token, and signing
     * out on that node ends the session on the first one too.
     */
    @Test
    void aUserSignedInOnOneNodeClaimsAndCompletesATaskOnTheOther() throws Exception {
        JsonNode recorded = call(node(0), "POST", "/api/v1/listing-cases", "amr", finding(), 201, 200);
        long caseId = recorded.path("id").asLong();
        String taskId = openTask(caseId, "reviewByHead").getId();

        String session = signIn(node(0), "amr-head");

        HttpResponse<String> me = browser(node(1), "GET", "/api/v1/me", session, null, null);
        assertThat(me.statusCode()).as("the other node knows the session: %s", me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("username").asText()).isEqualTo("amr-head");

        String csrf = csrfToken(node(1), session);
        HttpResponse<String> withoutToken = browser(node(1), "POST", "/api/v1/tasks/" + taskId + "/claim", session,
                null, null);
        assertThat(withoutToken.statusCode()).as("a session write still needs the token").isEqualTo(403);
        HttpResponse<String> claimed = browser(node(1), "POST", "/api/v1/tasks/" + taskId + "/claim", session, csrf,
                null);
        assertThat(claimed.statusCode()).as("claim on the other node: %s", claimed.body()).isBetween(200, 204);
        HttpResponse<String> completed = browser(node(1), "POST", "/api/v1/tasks/" + taskId + "/complete", session,
                csrf, Map.of("outcome", "approve"));
        assertThat(completed.statusCode()).as("complete on the other node: %s", completed.body()).isEqualTo(204);

        JdbcTemplate jdbc = node(0).bean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select assignee_ from act_hi_taskinst where id_ = ? and end_time_ is not null",
                String.class, taskId)).isEqualTo("amr-head");
        assertThat(count(jdbc, "select count(*) from spring_session where principal_name = 'amr-head'"))
                .as("the session row").isPositive();

        HttpResponse<String> signedOut = browser(node(1), "POST", "/logout", session, null,
                null, "_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(browser(node(0), "GET", "/api/v1/me", session, null, null).statusCode())
                .as("signed out on the other node, signed out here").isEqualTo(401);

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + node(1).port() + "/public")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().allValues("Set-Cookie")).as("issue 18.9: no session for the public list")
                .noneMatch(cookie -> cookie.startsWith(SESSION_COOKIE + "="));
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private static final String SESSION_COOKIE = "SESSION";
    private static final java.util.regex.Pattern CSRF_FIELD =
            java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final java.util.regex.Pattern CSRF_META =
            java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** The form login, as a browser does it: the login page's token, then the post. Answers the session cookie. */
    private static String signIn(Node node, String user) throws Exception {
        HttpResponse<String> page = browser(node, "GET", "/login", null, null, null);
        String cookie = sessionCookie(page).orElseThrow(() -> new AssertionError("no session for the login form"));
        java.util.regex.Matcher token = CSRF_FIELD.matcher(page.body());
        assertThat(token.find()).as("CSRF field of the login form").isTrue();
        HttpResponse<String> login = browser(node, "POST", "/login", cookie, null, null,
                "username=" + user + "&password=" + PASSWORD + "&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error", "throttled");
        // signing in changes the session id (session fixation protection)
        return sessionCookie(login).orElse(cookie);
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst();
    }

    /** The CSRF token a signed-in page carries for the scripts (layout/main.html). */
    private static String csrfToken(Node node, String session) throws Exception {
        HttpResponse<String> home = browser(node, "GET", "/", session, null, null);
        assertThat(home.statusCode()).as("home page on %s", node.name()).isEqualTo(200);
        java.util.regex.Matcher token = CSRF_META.matcher(home.body());
        assertThat(token.find()).as("CSRF meta tag of a signed-in page").isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> browser(Node node, String method, String path, String session, String csrf,
                                                Object json) throws IOException, InterruptedException {
        return browser(node, method, path, session, csrf, json, null);
    }

    /** A request as the browser sends it: the session cookie, no Authorization header. */
    private static HttpResponse<String> browser(Node node, String method, String path, String session, String csrf,
                                                Object json, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (session != null) {
            request.header("Cookie", session);
        }
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (json != null) {
            request.header("Content-Type", "application/json").header("Accept", "application/json");
            body = HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json));
        } else if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(form);
        }
        return HTTP.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface NodeCall<T> {
        T on(Node node) throws Exception;
    }

    /** Calls both nodes at the same moment; their answers in node order. */
    private static <T> List<T> race(NodeCall<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch ready = new CountDownLatch(nodes.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (Node node : nodes) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.on(node);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            threads.shutdown();
        }
    }

    private static Task openTask(long caseId, String taskKey) {
        Task task = node(0).bean(TaskService.class).createTaskQuery().processInstanceBusinessKey("LISTING-" + caseId)
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open %s task of case %s", taskKey, caseId).isNotNull();
        return task;
    }

    private static Task publishTask(long caseId) {
        return node(0).bean(TaskService.class).createTaskQuery().processInstanceBusinessKey("LISTING-" + caseId)
                .taskDefinitionKey("publishListing").singleResult();
    }

    private static Job waitingTimer(long caseId) {
        ManagementService management = node(0).bean(ManagementService.class);
        String instanceId = node(0).bean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey("LISTING-" + caseId).singleResult().getId();
        List<Job> timers = management.createJobQuery().processInstanceId(instanceId).timers().list();
        assertThat(timers).as("timers of case %s after approval", caseId).hasSize(1);
        return timers.get(0);
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting until %s", what).isBefore(end);
            Thread.sleep(200);
        }
    }

    private static Map<String, Object> finding() {
        return TestSubjects.seriousFinding(TestSubjects.enterpriseCode(), "两节点测试商贸有限公司", "鹤市监罚〔2026〕88号");
    }

    private static JsonNode call(Node node, String method, String path, String user, Object body, int... expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send(node, method, path, user, body);
        assertThat(answer.statusCode()).as("%s %s on %s: %s", method, path, node.name(), answer.body())
                .isIn(java.util.Arrays.stream(expected).boxed().toList());
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    private static int status(Node node, String method, String path, String user, Object body)
            throws IOException, InterruptedException {
        return send(node, method, path, user, body).statusCode();
    }

    private static HttpResponse<String> send(Node node, String method, String path, String user, Object body)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
