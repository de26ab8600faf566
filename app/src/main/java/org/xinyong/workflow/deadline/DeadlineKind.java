package org.xinyong.workflow.deadline;

import java.util.Objects;
import java.util.function.BiFunction;

import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleValue;
import org.xinyong.workflow.rules.Severity;

/**
 * The deadlines of the procedure, each read from its rule-set value (DOMAIN.md "Rules").
 *
 * <p>A <em>time limit for an act</em> (the department must verify within 20 days, the subject may state its case
 * within 10 working days) ends on a working day: 《民法典》第二百零三条 moves a last day that falls on a rest day to
 * the next working day. A <em>period of status</em> (publication, rectification, minimum publication) is no time
 * limit for anybody's act, and lengthening it would only burden the subject, so it ends on its corresponding day
 * whatever day that is.
 */
public enum DeadlineKind {
    /** The department head's review of a recorded finding (DOMAIN.md Lifecycle A.1). */
    HEAD_REVIEW(true, (set, severity) -> set.headReview()),
    /**
     * The notice before listing is served within the limit (DOMAIN.md "Service of notices"); the statement window
     * counts from its service, not its issue.
     */
    NOTICE_SERVICE(true, (set, severity) -> set.serviceLimit()),
    STATEMENT_WINDOW(true, (set, severity) -> set.statementWindow()),
    STATEMENT_REPLY(true, (set, severity) -> set.statementReply()),
    /** Where the rule set gives the listing decision to the leading group (seed003 §二(二)3), its decision. */
    LISTING_DECISION(true, (set, severity) -> set.listingDecision()),
    /** The credit office publishes within the 双公示 limit from the listing decision (seed004 §三(三)3). */
    PUBLICATION_LIMIT(true, (set, severity) -> set.publicationLimit()),
    OBJECTION_ACCEPTANCE(true, (set, severity) -> set.objectionAcceptance()),
    OBJECTION_VERIFICATION(true, (set, severity) -> set.objectionVerification()),
    /**
     * The credit office's follow-up (督办) of a verification that passed its limit (DOMAIN Lifecycle B.4): the seeds set
     * no period for it, so the rule set states a product default.
     */
    OBJECTION_SUPERVISION(true, (set, severity) -> set.objectionSupervision()),
    /**
     * Graded handling of a minor record (seed003 §二(四)1): the department checks that the subject stopped and corrected
     * the act the credit reminder named, or carried out what the integrity interview required.
     */
    REMINDER_RECTIFICATION(true, (set, severity) -> set.reminderRectification()),
    /** An integrity interview (诚信约谈, seed003 §二(四)1) the department decided on is scheduled and the subject told. */
    INTERVIEW_SCHEDULING(true, (set, severity) -> set.interviewScheduling()),
    /** The interview is held on its day and minuted, counted from the appointed day (seed003 §二(四)1). */
    INTERVIEW_RECORD(true, (set, severity) -> set.interviewRecord()),
    /**
     * After urging (督促) the subject has this long to correct; then the department checks, and a record still not
     * corrected is raised to general (seed003 §二(四)1 经督促后仍不履行的，上升为较重失信行为).
     */
    URGING_RECTIFICATION(true, (set, severity) -> set.urgingPeriod()),
    REPAIR_REVIEW(true, (set, severity) -> set.repairReview()),
    /** Investigation and acceptance after the rectification period (seed003 §二(五)3 调查验收). */
    REPAIR_INSPECTION(true, (set, severity) -> set.repairInspection()),
    /** The credit office's check of the repair report (seed003 §二(五)3). */
    REPAIR_REPORT_CHECK(true, (set, severity) -> set.repairReportCheck()),
    /** The deciding body's decision on a repair (seed003 §二(五)3; 国办发〔2025〕22号). */
    REPAIR_DECISION(true, (set, severity) -> set.repairDecision()),
    RECTIFICATION(false, (set, severity) -> set.minimumRectification()),
    PUBLICATION(false, (set, severity) -> set.publicationPeriod(severity)),
    MINIMUM_PUBLICATION(false, (set, severity) -> set.minimumPublicationPeriod(severity));

    private final boolean timeLimitForAct;
    private final BiFunction<RuleSet, Severity, RuleValue> value;

    DeadlineKind(boolean timeLimitForAct, BiFunction<RuleSet, Severity, RuleValue> value) {
        this.timeLimitForAct = timeLimitForAct;
        this.value = value;
    }

    /** Whether a last day on a rest day moves to the next working day (《民法典》第二百零三条). */
    public boolean isTimeLimitForAct() {
        return timeLimitForAct;
    }

    /** Publication periods differ by severity of the listing. */
    public boolean needsSeverity() {
        return this == PUBLICATION || this == MINIMUM_PUBLICATION;
    }

    /** This kind's value in {@code ruleSet}; {@code severity} is needed for the publication kinds only. */
    public RuleValue valueIn(RuleSet ruleSet, Severity severity) {
        if (needsSeverity()) {
            Objects.requireNonNull(severity, () -> name() + " depends on the severity of the listing");
        }
        return value.apply(ruleSet, severity);
    }
}
