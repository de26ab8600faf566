package org.xinyong.workflow.exchange;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of the feed and of a webhook body, in the CloudEvents / Open Notificaties envelope of API.md
 * {@code GET /events}: {@code id} is stable (subscribers de-duplicate by it: delivery is at least once).
 */
public record FeedEvent(String id, String type, String source, Instant time, String subject, JsonNode data) {
}
