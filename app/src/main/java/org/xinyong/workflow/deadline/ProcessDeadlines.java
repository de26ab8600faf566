package org.xinyong.workflow.deadline;

import org.xinyong.workflow.cases.CaseType;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.rules.Severity;

/**
 * Deadlines for BPMN expressions, as bean {@code deadlines}. The process keeps its case in variables
 * {@code caseId} and {@code caseType} ({@code LISTING}, {@code OBJECTION}, {@code REPAIR}) and the rule set in force
 * on its start day in {@code ruleSetId}; the publication kinds also read {@code severity}
 * ({@code MINOR}, {@code GENERAL}, {@code SERIOUS}).
 *
 * <pre>{@code
 * <camunda:executionListener event="start" expression="${deadlines.open(execution, 'OBJECTION_VERIFICATION')}"/>
 * <timeDate>${deadlines.dueAt(execution, 'OBJECTION_VERIFICATION')}</timeDate>
 * <timeDate>${deadlines.remindAt(execution, 'OBJECTION_VERIFICATION')}</timeDate>
 * <camunda:executionListener event="end" expression="${deadlines.meet(execution, 'OBJECTION_VERIFICATION')}"/>
 * }</pre>
 */
@Component("deadlines")
public class ProcessDeadlines {

    public static final String CASE_ID = "caseId";
    public static final String CASE_TYPE = "caseType";
    public static final String RULE_SET_ID = "ruleSetId";
    public static final String SEVERITY = "severity";

    private static final Logger log = LoggerFactory.getLogger(ProcessDeadlines.class);

    private final DeadlineService deadlines;
    private final RuleSets ruleSets;
    private final BusinessClock clock;

    public ProcessDeadlines(DeadlineService deadlines, RuleSets ruleSets, BusinessClock clock) {
        this.deadlines = deadlines;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /** Opens the case's deadline of {@code kind} from now, unless one is open already. */
    public void open(DelegateExecution execution, String kind) {
        openDeadline(execution, DeadlineKind.valueOf(kind));
    }

    /**
     * Opens the case's deadline of {@code kind} from the instant in process variable {@code baseVariable} (a
     * {@link Date}), unless one is open already: for a period the law counts from an earlier act, e.g. the publication
     * period from the date of the listing decision (认定决定作出之日), not from the click that publishes it.
     */
    public void openFrom(DelegateExecution execution, String kind, String baseVariable) {
        Object base = execution.getVariable(baseVariable);
        if (base instanceof Date date) {
            openDeadline(execution, DeadlineKind.valueOf(kind), date.toInstant());
        } else {
            // a process instance started before the variable existed: counted from now, as it was then
            log.warn("Process instance {} has no {}; {} counted from now", execution.getProcessInstanceId(),
                    baseVariable, kind);
            openDeadline(execution, DeadlineKind.valueOf(kind));
        }
    }

    /** The due instant of the case's open deadline of {@code kind}, opened from now if there is none. */
    public Date dueAt(DelegateExecution execution, String kind) {
        return Date.from(openDeadline(execution, DeadlineKind.valueOf(kind)).dueAt());
    }

    /**
     * The reminder instant: the rule set's reminder lead for {@code kind} ({@code values.reminderLead.<kind>}; DOMAIN.md
     * Lifecycle B.4, issue 13 item 10) before the due instant.
     */
    public Date remindAt(DelegateExecution execution, String kind) {
        Deadline deadline = openDeadline(execution, DeadlineKind.valueOf(kind));
        RuleSet ruleSet = ruleSets.byId(deadline.ruleSetId() != null ? deadline.ruleSetId() : ruleSetId(execution));
        return Date.from(deadlines.reminderAt(deadline, ruleSet.reminderLead(kind).duration()));
    }

    public void meet(DelegateExecution execution, String kind) {
        deadlines.openDeadline(caseType(execution), caseId(execution), DeadlineKind.valueOf(kind))
                .ifPresent(deadline -> deadlines.meet(deadline.id()));
    }

    public void cancel(DelegateExecution execution, String kind) {
        deadlines.openDeadline(caseType(execution), caseId(execution), DeadlineKind.valueOf(kind))
                .ifPresent(deadline -> deadlines.cancel(deadline.id()));
    }

    private Deadline openDeadline(DelegateExecution execution, DeadlineKind kind) {
        return openDeadline(execution, kind, clock.now());
    }

    private Deadline openDeadline(DelegateExecution execution, DeadlineKind kind, java.time.Instant base) {
        CaseType caseType = caseType(execution);
        String caseId = caseId(execution);
        return deadlines.openDeadline(caseType, caseId, kind).orElseGet(() -> {
            RuleSet ruleSet = ruleSets.byId(ruleSetId(execution));
            Severity severity = kind.needsSeverity() ? severity(execution) : null;
            return deadlines.open(caseType, caseId, execution.getProcessInstanceId(), kind, base, ruleSet,
                    severity);
        });
    }

    /**
     * The rule set the case keeps; when the process did not record one, the set in force today (its start day,
     * since deadlines open as the case begins) is recorded on the process instance.
     */
    private String ruleSetId(DelegateExecution execution) {
        Object id = execution.getVariable(RULE_SET_ID);
        if (id instanceof String text && !text.isBlank()) {
            return text;
        }
        String inForce = ruleSets.inForceToday().id();
        execution.getProcessInstance().setVariable(RULE_SET_ID, inForce);
        log.info("Process instance {} had no {}; recorded {} (in force today)", execution.getProcessInstanceId(),
                RULE_SET_ID, inForce);
        return inForce;
    }

    private static String caseId(DelegateExecution execution) {
        return required(execution, CASE_ID);
    }

    private static CaseType caseType(DelegateExecution execution) {
        return CaseType.valueOf(required(execution, CASE_TYPE).toUpperCase(Locale.ROOT));
    }

    private static Severity severity(DelegateExecution execution) {
        return Severity.valueOf(required(execution, SEVERITY).toUpperCase(Locale.ROOT));
    }

    private static String required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("Process variable '" + name + "' is missing; the deadlines bean needs "
                    + CASE_ID + ", " + CASE_TYPE + " and " + RULE_SET_ID + " (and " + SEVERITY
                    + " for publication periods)");
        }
        return value.toString();
    }
}
