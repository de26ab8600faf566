package org.xinyong.workflow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.listing.ListingChanged;

/**
 * API.md {@code POST/GET/DELETE /subscriptions} and the signed deliveries, against a receiver on loopback (JDK
 * {@code HttpServer}): each event of a subscribed type is POSTed with {@code X-Xinyong-Signature: sha256=<hex
 * HMAC-SHA256 of the body>}; a failed delivery is retried and delivered; one that keeps failing is given up after the
 * configured attempts; a node that died after claiming leaves the delivery to be posted again (at least once).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class WebhooksApiTest {

    private static final String SECRET = "s3cret-for-the-test-receiver";
    private static final String SUBJECT = "91230400MA19XY0035";

    record Received(String body, String signature) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ExchangeEvents events;
    @Autowired
    WebhookDeliverer deliverer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExchangeProperties properties;
    @Autowired
    ObjectMapper json;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** Requests to answer 500 before answering 204. */
    final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Xinyong-Signature")));
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    /** The subscriptions of this test, ended afterwards so that no later test's events go to a stopped receiver. */
    final List<Long> subscriptions = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceiver() throws Exception {
        for (long id : subscriptions) {
            mvc.perform(delete("/api/v1/subscriptions/" + id).with(httpBasic("admin", "demo")));
        }
        receiver.stop(0);
    }

    @Test
    void subscribedEventsAreDeliveredSignedAndOthersNot() throws Exception {
        long subscription = subscribe(List.of("listing.published", "listing.revoked"));
        mvc.perform(get("/api/v1/subscriptions").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + subscription + ")].callbackUrl", hasItem(callbackUrl())))
                .andExpect(jsonPath("$[*].secret").doesNotExist());

        long published = record(ListingChanged.PUBLISHED);
        record(ListingChanged.SUSPENDED);

        awaitDelivered(subscription, 1);
        assertThat(received).hasSize(1);
        Received delivery = received.get(0);
        assertThat(delivery.signature()).isEqualTo(
                WebhookSignature.of(delivery.body().getBytes(StandardCharsets.UTF_8), SECRET));
        JsonNode body = json.readTree(delivery.body());
        assertThat(body.get("id").asText()).isEqualTo(String.valueOf(published));
        assertThat(body.get("type").asText()).isEqualTo("listing.published");
        assertThat(body.get("subject").asText()).isEqualTo(SUBJECT);
        assertThat(body.get("source").asText()).isEqualTo("urn:xinyong:workflow/test");
        assertThat(body.get("data").get("listingId").asInt()).isEqualTo(3);
        assertThat(body.hasNonNull("time")).isTrue();

        mvc.perform(delete("/api/v1/subscriptions/" + subscription).with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/subscriptions/" + subscription).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/subscriptions").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) subscription))));
        record(ListingChanged.PUBLISHED);
        deliverer.deliverDue();
        assertThat(received).hasSize(1);
    }

    @Test
    void failedDeliveryIsRetriedAfterItsBackoffAndDelivered() throws Exception {
        long subscription = subscribe(List.of("listing.expired"));
        failuresToAnswer.set(1);
        long event = record(ListingChanged.EXPIRED);

        awaitReceived(1);
        Map<String, Object> row = delivery(subscription, event);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat(row.get("last_error")).isEqualTo("HTTP 500");
        // the retry waits first-retry (30 s): nothing is posted before
        deliverer.deliverDue();
        assertThat(received).hasSize(1);

        makeDue(subscription, event);
        awaitDelivered(subscription, 1);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(delivery(subscription, event).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void deliveryThatKeepsFailingIsGivenUpAndShown() throws Exception {
        long subscription = subscribe(List.of("listing.removed"));
        failuresToAnswer.set(Integer.MAX_VALUE);
        long event = record(ListingChanged.REMOVED);
        jdbc.sql("update exchange_delivery set attempts = ? where subscription_id = ? and event_id = ?")
                .params(properties.delivery().maxAttempts() - 1, subscription, event).update();

        awaitReceived(1);
        await(() -> "FAILED".equals(delivery(subscription, event).get("status")));
        mvc.perform(get("/api/v1/subscriptions").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[?(@.id == " + subscription + ")].failed", hasItem(1)))
                .andExpect(jsonPath("$[?(@.id == " + subscription + ")].lastError",
                        hasItem(org.hamcrest.Matchers.startsWith("HTTP 500; given up"))));
        makeDue(subscription, event);
        deliverer.deliverDue();
        assertThat(received).hasSize(1);
    }

    /** A node claimed the delivery and died before posting: once the lease ran out, another run posts it. */
    @Test
    void deliveryClaimedByADeadNodeIsPostedAgain() throws Exception {
        long subscription = subscribe(List.of("listing.corrected"));
        long event = transaction.execute(status -> {
            long id = events.record(ListingChanged.CORRECTED, SUBJECT, "urn:xinyong:workflow/test", Map.of());
            // claimed as by WebhookDeliverer.claim, then the node died: attempts counted, lease in the future
            jdbc.sql("update exchange_delivery set attempts = 1, next_attempt_at = ? where event_id = ?")
                    .params(ExchangeEvents.utc(Instant.now().plusSeconds(120)), id).update();
            return id;
        });
        deliverer.deliverDue();
        assertThat(received).isEmpty();

        makeDue(subscription, event);
        awaitDelivered(subscription, 1);
        assertThat(received).hasSize(1);
        assertThat(((Number) delivery(subscription, event).get("attempts")).intValue()).isEqualTo(2);
    }

    @Test
    void subscriptionsAreForAdministratorsAndChecked() throws Exception {
        mvc.perform(post("/api/v1/subscriptions").with(httpBasic("credit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(callbackUrl(), "listing.published")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/subscriptions").with(httpBasic("checker", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/subscriptions/1").with(httpBasic("amr", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/subscriptions").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("ftp://x.example/", "listing.published")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(post("/api/v1/subscriptions").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(callbackUrl(), "listing.nonsense")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(post("/api/v1/subscriptions").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callbackUrl\":\"" + callbackUrl() + "\",\"types\":[\"listing.published\"],"
                                + "\"secret\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(post("/api/v1/subscriptions").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"callbackUrl\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(delete("/api/v1/subscriptions/999999999").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    private long subscribe(List<String> types) throws Exception {
        String answer = mvc.perform(post("/api/v1/subscriptions").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(callbackUrl(), types.toArray(String[]::new))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.types[0]").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        subscriptions.add(id);
        return id;
    }

    private static String body(String url, String... types) {
        return "{\"callbackUrl\":\"" + url + "\",\"types\":[" + String.join(",",
                java.util.Arrays.stream(types).map(type -> "\"" + type + "\"").toList()) + "],\"secret\":\"" + SECRET
                + "\"}";
    }

    private String callbackUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private long record(String type) {
        return transaction.execute(status -> events.record(type, SUBJECT, "urn:xinyong:workflow/test",
                Map.of("listingId", 3)));
    }

    private Map<String, Object> delivery(long subscription, long event) {
        return jdbc.sql("select status, attempts, last_error from exchange_delivery where subscription_id = ?"
                + " and event_id = ?").params(subscription, event).query().singleRow()
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        entry -> entry.getKey().toLowerCase(java.util.Locale.ROOT),
                        entry -> entry.getValue() == null ? "" : entry.getValue()));
    }

    private void makeDue(long subscription, long event) {
        jdbc.sql("update exchange_delivery set next_attempt_at = ? where subscription_id = ? and event_id = ?")
                .params(ExchangeEvents.utc(Instant.now().minusSeconds(1)), subscription, event).update();
    }

    /** Runs the deliverer (the scheduled run may also take the delivery: either is fine) until the receiver has n. */
    private void awaitReceived(int count) throws InterruptedException {
        await(() -> received.size() >= count);
    }

    private void awaitDelivered(long subscription, long count) throws InterruptedException {
        await(() -> jdbc.sql("select count(*) from exchange_delivery where subscription_id = ? and status = 'DELIVERED'")
                .param(subscription).query(Long.class).single() >= count);
    }

    private void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited for the delivery").isLessThan(until);
            deliverer.deliverDue();
            Thread.sleep(50);
        }
    }
}
