package org.xinyong.workflow.uploads;

import java.time.Instant;

/** A stored upload without its content. */
public record UploadedFile(long id, String ownerType, String ownerId, String purpose, String filename,
                           String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
