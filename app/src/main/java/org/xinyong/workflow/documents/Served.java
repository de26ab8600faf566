package org.xinyong.workflow.documents;

import java.time.Instant;

/** The service of a document: how, when it took effect, the evidence, and who recorded it when. */
public record Served(ServiceMethod method, Instant servedAt, String evidence, String recordedBy, Instant recordedAt) {
}
