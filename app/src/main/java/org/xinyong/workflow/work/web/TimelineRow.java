package org.xinyong.workflow.work.web;

import java.time.LocalDateTime;

/** {@code action} is the audit action name (label {@code work.audit.<action>}). */
public record TimelineRow(LocalDateTime at, String actor, String action, String detail) {
}
