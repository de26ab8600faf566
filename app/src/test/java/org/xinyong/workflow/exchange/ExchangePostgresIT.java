package org.xinyong.workflow.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.listing.ListingChanged;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.support.PostgresIntegrationTest;

/**
 * Issue 16 on PostgreSQL: the outbox's ids stay unique and in commit order with concurrent writers (the
 * exchange_feed row lock), the feed pages them, a subscriber receives a signed delivery, and a bulk check of more
 * codes than one audit batch logs every code.
 */
@PostgresIntegrationTest
class ExchangePostgresIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ExchangeEvents events;
    @Autowired
    WebhookDeliverer deliverer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentWritersGetUniqueIdsThatThePagingSeesInOrder() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        long start = jdbc.sql("select last_id from exchange_feed where id = 1").query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> written = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            written.add(pool.submit(() -> transaction.execute(status -> events.record(ListingChanged.PUBLISHED,
                    subject, "urn:xinyong:workflow/it", Map.of("n", 1)))));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> id : written) {
            ids.add(id.get());
        }
        pool.shutdown();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isGreaterThan(start));

        List<String> seen = new ArrayList<>();
        String after = String.valueOf(start);
        for (int page = 0; page < 100; page++) {
            JsonNode answer = get("checker", "/api/v1/events?limit=7&after=" + after).getBody();
            answer.path("events").forEach(event -> {
                if (subject.equals(event.path("subject").asText())) {
                    seen.add(event.path("id").asText());
                }
            });
            if (answer.path("next").asText().equals(after)) {
                break;
            }
            after = answer.path("next").asText();
        }
        assertThat(seen).containsExactlyElementsOf(ids.stream().sorted().map(String::valueOf).toList());
    }

    @Test
    void subscriberReceivesASignedDelivery() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String[] {new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Xinyong-Signature")});
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String secret = "it-secret-0123456789";
        ResponseEntity<JsonNode> created = send("admin", HttpMethod.POST, "/api/v1/subscriptions",
                "{\"callbackUrl\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\","
                        + "\"types\":[\"listing.revoked\"],\"secret\":\"" + secret + "\"}");
        try {
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            long event = transaction.execute(status -> events.record(ListingChanged.REVOKED,
                    TestSubjects.enterpriseCode(), "urn:xinyong:workflow/it", Map.of()));
            long until = System.currentTimeMillis() + 15_000;
            while (received.isEmpty() && System.currentTimeMillis() < until) {
                deliverer.deliverDue();
                Thread.sleep(50);
            }
            assertThat(received).hasSize(1);
            assertThat(received.get(0)[1]).isEqualTo(
                    WebhookSignature.of(received.get(0)[0].getBytes(StandardCharsets.UTF_8), secret));
            assertThat(received.get(0)[0]).contains("\"id\":\"" + event + "\"");
        } finally {
            send("admin", HttpMethod.DELETE, "/api/v1/subscriptions/" + created.getBody().path("id").asLong(), null);
            receiver.stop(0);
        }
    }

    @Test
    void bulkCheckLogsEveryCodeBeyondOneAuditBatch() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            codes.add(TestSubjects.enterpriseCode());
        }
        codes.add(TestSubjects.withWrongCheckCharacter(codes.get(0)));
        ResponseEntity<JsonNode> answer = send("checker", HttpMethod.POST, "/api/v1/sanctions/checks",
                "{\"subjectCodes\":[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList())
                        + "],\"matter\":\"BIDDING\",\"purpose\":\"招标投标资格审查\"}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("results").size()).isEqualTo(601);
        assertThat(answer.getBody().path("results").get(600).path("valid").asBoolean()).isFalse();
        long logged = jdbc.sql("select count(*) from audit_entry where case_ref = ? and purpose = '招标投标资格审查'")
                .param("sanctions-check:" + answer.getBody().path("checkId").asText()).query(Long.class).single();
        assertThat(logged).isEqualTo(601);

        assertThat(send("checker", HttpMethod.POST, "/api/v1/sanctions/checks",
                "{\"subjectCodes\":[" + String.join(",", Collections.nCopies(1001, "\"" + codes.get(0) + "\""))
                        + "],\"matter\":\"BIDDING\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return send(user, HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
