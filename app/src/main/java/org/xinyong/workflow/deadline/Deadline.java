package org.xinyong.workflow.deadline;

import org.xinyong.workflow.cases.CaseType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.xinyong.workflow.rules.LegalDuration;

/**
 * A deadline as domain data (DOMAIN.md "Deadlines"): base, duration and its unit, the rule it comes from, the due
 * instant and the suspensions that pushed it. BPMN timers read {@link #dueAt()}; dashboards query it.
 */
public record Deadline(
        long id,
        CaseType caseType,
        String caseId,
        String processInstanceId,
        DeadlineKind kind,
        Instant baseAt,
        LegalDuration duration,
        String ruleSetId,
        String ruleSource,
        Instant dueAt,
        DeadlineStatus status,
        Instant closedAt,
        Instant createdAt,
        List<Suspension> suspensions) {

    public Deadline {
        suspensions = List.copyOf(suspensions);
    }

    public boolean isOpen() {
        return status == DeadlineStatus.OPEN;
    }

    /** An open suspension stops the clock: the due date is not known until it ends. */
    public boolean isPaused() {
        return openSuspension().isPresent();
    }

    public Optional<Suspension> openSuspension() {
        return suspensions.stream().filter(Suspension::isOpen).findFirst();
    }

    /** Running, not paused, and its due instant has come. */
    public boolean isOverdueAt(Instant now) {
        return isOpen() && !isPaused() && !now.isBefore(dueAt);
    }

    Deadline withSuspensions(List<Suspension> newSuspensions) {
        return new Deadline(id, caseType, caseId, processInstanceId, kind, baseAt, duration, ruleSetId, ruleSource,
                dueAt, status, closedAt, createdAt, newSuspensions);
    }
}
