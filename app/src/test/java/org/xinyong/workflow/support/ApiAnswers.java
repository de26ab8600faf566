package org.xinyong.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading and checking the JSON answers of {@code /api/v1} in the API integration tests (API.md "Errors"). */
public final class ApiAnswers {

    private ApiAnswers() {
    }

    /** The body of a 200 answer. */
    public static JsonNode body(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** An API.md error: the status, JSON {@code {"error", "message"}} with the message containing {@code inMessage}, no stack trace. */
    public static void assertError(ResponseEntity<JsonNode> answer, HttpStatus status, String error, String inMessage) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        assertThat(answer.getBody().path("error").asText()).isEqualTo(error);
        assertThat(answer.getBody().path("message").asText()).contains(inMessage);
        assertThat(answer.getBody().toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Another enterprise's record, or none: the same 404 (API.md). */
    public static void assertNotFound(ResponseEntity<JsonNode> answer) {
        assertError(answer, HttpStatus.NOT_FOUND, "not_found", "");
    }

    public static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    public static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    public static List<String> texts(JsonNode array, String field) {
        return list(array).stream().map(node -> node.path(field).asText()).toList();
    }
}
