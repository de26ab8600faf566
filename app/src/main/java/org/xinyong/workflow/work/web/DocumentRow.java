package org.xinyong.workflow.work.web;

import java.time.LocalDateTime;

/** A formal document of a case, as the case pages list it. */
/**
 * @param servedAt      when the document was served on the subject, or {@code null} while it is not (issue 13.5)
 * @param serviceMethod {@code PORTAL}, {@code EMAIL}, {@code POST}, {@code DIRECT} or {@code PUBLIC_NOTICE}
 * @param addressed     whether the document is addressed to the subject and so is served at all
 */
public record DocumentRow(long id, String kind, String title, LocalDateTime issuedAt, LocalDateTime servedAt,
                          String serviceMethod, boolean addressed) {
}
