package org.xinyong.workflow.work.web;

import java.time.LocalDateTime;

/** A formal document of a case, as the case pages list it. */
public record DocumentRow(long id, String kind, String title, LocalDateTime issuedAt) {
}
