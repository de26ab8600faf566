package org.xinyong.workflow.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.support.PostgresIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * API.md {@code GET /sanctions/{subjectCode}} on PostgreSQL: for implementing departments' systems (SANCTIONS_CHECK)
 * and the credit office only, and every answered query leaves an audit entry with who asked and why (seed001 §四 12).
 * A listed subject's answer is covered by ListingApiPostgresIT, which publishes a listing.
 */
@PostgresIntegrationTest
class SanctionsApiPostgresIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void subjectThatWasNeverListedIsNotSanctioned() {
        String subject = TestSubjects.enterpriseCode();

        ResponseEntity<JsonNode> answer = check("checker", subject, "政府采购资格审查");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("subjectCode").asText()).isEqualTo(subject);
        assertThat(answer.getBody().path("listed").asBoolean()).isFalse();
        assertThat(answer.getBody().path("suspended").asBoolean()).isFalse();
        assertThat(answer.getBody().path("measures").isArray()).isTrue();
        assertThat(answer.getBody().path("measures")).isEmpty();
    }

    @Test
    void everyAnsweredCheckIsAuditedWithWhoAskedAndWhy() {
        String subject = TestSubjects.enterpriseCode();

        assertThat(check("checker", subject, "政府采购资格审查").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(check("credit", subject, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> lowerCase = check("checker", subject.toLowerCase(Locale.ROOT), "招标投标资格审查");
        assertThat(lowerCase.getBody().path("subjectCode").asText()).as("the code is normalised").isEqualTo(subject);

        List<JsonNode> entries = audit(subject);
        assertThat(entries).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("SANCTIONS_QUERIED");
            assertThat(entry.path("subjectCode").asText()).isEqualTo(subject);
            assertThat(entry.path("occurredAt").asText()).isNotBlank();
        });
        assertThat(entries).extracting(entry -> entry.path("actor").asText())
                .containsExactlyInAnyOrder("checker", "credit", "checker");
        assertThat(entries).extracting(entry -> entry.path("purpose").asText(null))
                .containsExactlyInAnyOrder("政府采购资格审查", null, "招标投标资格审查");
    }

    @Test
    void onlyTheSanctionsCheckSystemsAndTheCreditOfficeMayAsk() {
        String subject = TestSubjects.enterpriseCode();

        for (String user : List.of("amr", "amr-head", "supervisor", "admin", "ent1")) {
            ResponseEntity<JsonNode> refused = check(user, subject, null);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().path("error").asText()).isEqualTo("forbidden");
            assertThat(refused.getBody().path("message").asText()).contains("无权");
        }
        ResponseEntity<JsonNode> anonymous = check(null, subject, null);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody().path("error").asText()).isEqualTo("unauthorized");

        assertThat(audit(subject)).as("a refused call answers nothing about the subject").isEmpty();
    }

    private ResponseEntity<JsonNode> check(String user, String subjectCode, String purpose) {
        return get(user, "/api/v1/sanctions/" + subjectCode + (purpose == null ? "" : "?purpose=" + purpose));
    }

    private List<JsonNode> audit(String subjectCode) {
        ResponseEntity<JsonNode> answer = get("admin", "/api/v1/audit?size=200&subjectCode=" + subjectCode);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(answer.getBody().spliterator(), false).toList();
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
