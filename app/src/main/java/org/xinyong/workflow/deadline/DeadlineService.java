package org.xinyong.workflow.deadline;

import org.xinyong.workflow.cases.CaseType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.WorkingDayCalendar;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleValue;
import org.xinyong.workflow.rules.Severity;

/**
 * Opens, suspends, resumes and closes deadlines (DOMAIN.md "Deadlines"); the due date always comes from the one
 * {@link DeadlineCalculator}, and "now" from the {@link BusinessClock}. Writes join the caller's transaction, so a
 * deadline opened inside an engine command rolls back with it.
 */
@Service
@Transactional
public class DeadlineService {

    private final DeadlineRepository repository;
    private final DeadlineCalculator calculator;
    private final BusinessClock clock;

    public DeadlineService(DeadlineRepository repository, WorkingDayCalendar calendar, BusinessClock clock) {
        this.repository = repository;
        this.calculator = new DeadlineCalculator(calendar, clock.zone());
        this.clock = clock;
    }

    /** Opens a deadline of {@code kind} from {@code base} with the value of {@code ruleSet}. */
    public Deadline open(CaseType caseType, String caseId, String processInstanceId, DeadlineKind kind, Instant base,
                         RuleSet ruleSet) {
        return open(caseType, caseId, processInstanceId, kind, base, ruleSet, null);
    }

    /** As {@link #open(CaseType, String, String, DeadlineKind, Instant, RuleSet)}, for the publication kinds. */
    public Deadline open(CaseType caseType, String caseId, String processInstanceId, DeadlineKind kind, Instant base,
                         RuleSet ruleSet, Severity severity) {
        RuleValue value = kind.valueIn(ruleSet, severity);
        return open(caseType, caseId, processInstanceId, kind, base, value.duration(), ruleSet.id(), value.source());
    }

    /** Opens a deadline with an explicit duration (e.g. an extended rectification period), naming its source. */
    public Deadline open(CaseType caseType, String caseId, String processInstanceId, DeadlineKind kind, Instant base,
                         LegalDuration duration, String ruleSetId, String ruleSource) {
        Instant now = clock.now();
        DueDate due = calculator.due(base, duration, kind.isTimeLimitForAct(), List.of(), now);
        Deadline draft = new Deadline(0, caseType, caseId, processInstanceId, kind, base, duration, ruleSetId,
                ruleSource, due.dueAt(), DeadlineStatus.OPEN, null, now, List.of());
        return get(repository.insert(draft));
    }

    /** Stops the deadline's clock from {@code start} (e.g. waiting for the applicant's supplementary evidence). */
    public Suspension suspend(long deadlineId, Instant start, String reason) {
        Deadline deadline = get(deadlineId);
        requireOpen(deadline, "suspend");
        if (deadline.isPaused()) {
            throw new DeadlineStateException("Deadline " + deadlineId + " is suspended already");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A suspension needs a reason");
        }
        long id = repository.insertSuspension(deadlineId, start, reason.strip());
        return new Suspension(id, start, null, reason.strip());
    }

    public Suspension suspend(long deadlineId, String reason) {
        return suspend(deadlineId, clock.now(), reason);
    }

    /** Ends the open suspension at {@code end}, stores the recomputed due instant and returns it. */
    public Instant resume(long deadlineId, Instant end) {
        Deadline deadline = get(deadlineId);
        requireOpen(deadline, "resume");
        Suspension open = deadline.openSuspension().orElseThrow(
                () -> new DeadlineStateException("Deadline " + deadlineId + " is not suspended"));
        if (end.isBefore(open.startedAt())) {
            throw new IllegalArgumentException("A suspension cannot end (" + end + ") before it started ("
                    + open.startedAt() + ")");
        }
        repository.endSuspension(open.id(), end);
        Instant due = dueOf(get(deadlineId)).dueAt();
        repository.updateDue(deadlineId, due);
        return due;
    }

    public Instant resume(long deadlineId) {
        return resume(deadlineId, clock.now());
    }

    /** The act was done in time, or the period ended and its consequence followed. */
    public Deadline meet(long deadlineId) {
        return close(deadlineId, DeadlineStatus.MET);
    }

    public Deadline cancel(long deadlineId) {
        return close(deadlineId, DeadlineStatus.CANCELLED);
    }

    @Transactional(readOnly = true)
    public Deadline get(long deadlineId) {
        return repository.find(deadlineId).orElseThrow(() -> new DeadlineNotFoundException(deadlineId));
    }

    @Transactional(readOnly = true)
    /** The case's deadlines as shown to people, overdue as of the business clock's now. */
    public List<DeadlineView> viewsOf(CaseType caseType, String caseId) {
        Instant now = clock.now();
        return ofCase(caseType, caseId).stream().map(deadline -> {
            DueDate due = dueOf(deadline);
            return new DeadlineView(deadline.kind().name(), due.dueAt(), due.lastDay(), deadline.isOverdueAt(now),
                    due.paused(), deadline.status().name());
        }).toList();
    }

    public List<Deadline> ofCase(CaseType caseType, String caseId) {
        return repository.ofCase(caseType, caseId);
    }

    @Transactional(readOnly = true)
    public List<Deadline> openDeadlinesOf(CaseType caseType, String caseId) {
        return repository.openOfCase(caseType, caseId);
    }

    @Transactional(readOnly = true)
    public Optional<Deadline> openDeadline(CaseType caseType, String caseId, DeadlineKind kind) {
        return openDeadlinesOf(caseType, caseId).stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** Open deadlines whose due instant has come (business clock); paused ones are not overdue. */
    @Transactional(readOnly = true)
    public List<Deadline> overdue() {
        return repository.overdue(clock.now());
    }

    /**
     * The calendar days the deadline has stood still (DOMAIN.md Lifecycle B.6, API.md {@code pausedDays}): each
     * suspension from the day it began to the day it ended, or to today while it lasts.
     */
    public long pausedDays(Deadline deadline) {
        LocalDate today = clock.today();
        return deadline.suspensions().stream()
                .mapToLong(suspension -> java.time.temporal.ChronoUnit.DAYS.between(
                        suspension.startedAt().atZone(clock.zone()).toLocalDate(),
                        suspension.endedAt() == null ? today : suspension.endedAt().atZone(clock.zone()).toLocalDate()))
                .sum();
    }

    /** The due date now: for a paused deadline, as if its suspension ended now. */
    public DueDate dueOf(Deadline deadline) {
        return calculator.due(deadline.baseAt(), deadline.duration(), deadline.kind().isTimeLimitForAct(),
                deadline.suspensions(), clock.now());
    }

    /**
     * The last day of a time limit for an act of {@code duration} counted from now (business clock), e.g. the
     * latest reply date a caseworker may set for supplementary evidence.
     */
    public LocalDate lastDayFromNow(LegalDuration duration) {
        Instant now = clock.now();
        return calculator.due(now, duration, true, List.of(), now).lastDay();
    }

    /** When to remind {@code lead} before the deadline's due instant; never before its base. */
    public Instant reminderAt(Deadline deadline, LegalDuration lead) {
        Instant reminder = calculator.reminderAt(dueOf(deadline).dueAt(), lead);
        return reminder.isBefore(deadline.baseAt()) ? deadline.baseAt() : reminder;
    }

    private Deadline close(long deadlineId, DeadlineStatus status) {
        Deadline deadline = get(deadlineId);
        requireOpen(deadline, status == DeadlineStatus.MET ? "meet" : "cancel");
        deadline.openSuspension().ifPresent(open -> repository.endSuspension(open.id(), clock.now()));
        repository.close(deadlineId, status, clock.now());
        return get(deadlineId);
    }

    private static void requireOpen(Deadline deadline, String action) {
        if (!deadline.isOpen()) {
            throw new DeadlineStateException("Cannot " + action + " deadline " + deadline.id() + ": it is "
                    + deadline.status());
        }
    }
}
