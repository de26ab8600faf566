package org.xinyong.workflow.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The procedural numbers a deployment follows from a given day (DOMAIN.md "Rules"). Immutable: a change is a new
 * rule set with a later {@code effectiveFrom} in the same {@code series}. Each value carries its source.
 */
public record RuleSet(
        String id,
        String series,
        String title,
        LocalDate effectiveFrom,
        String source,
        RuleValue statementWindow,
        RuleValue headReview,
        RuleValue serviceLimit,
        RuleValue publicNoticeServicePeriod,
        RuleValue statementReply,
        RuleValue objectionAcceptance,
        RuleValue objectionVerification,
        RuleValue objectionSupervision,
        RuleValue evidenceReplyLimit,
        RuleCount evidenceRequestsPerObjection,
        RuleValue reminderRectification,
        RuleValue interviewScheduling,
        RuleValue interviewRecord,
        RuleValue urgingPeriod,
        RuleValue publicationLimit,
        RuleValue repairReview,
        RuleValue repairInspection,
        RuleValue repairReportCheck,
        RuleValue repairDecision,
        RuleValue minimumRectification,
        DecidingBodyRule repairDecidingBody,
        DecidingBodyRule listingDecidingBody,
        RuleValue listingDecision,
        RuleCount escalationRecordCount,
        RuleValue escalationWindow,
        Map<String, RuleValue> reminderLeads,
        RuleValue watchListPeriod,
        RuleCodes watchListMeasures,
        Map<Severity, RuleValue> publicationPeriods,
        Map<Severity, RuleValue> minimumPublicationPeriods,
        NonRepairableKinds nonRepairableKinds) {

    public RuleSet {
        reminderLeads = Map.copyOf(reminderLeads);
        publicationPeriods = Map.copyOf(new EnumMap<>(publicationPeriods));
        minimumPublicationPeriods = Map.copyOf(new EnumMap<>(minimumPublicationPeriods));
    }

    /**
     * How long before a deadline of {@code deadlineKind} (a {@code DeadlineKind} name) its reminder goes out
     * (issue 13 item 10: each deadline kind has its own lead time).
     *
     * @throws IllegalStateException when the set names none for that kind
     */
    public RuleValue reminderLead(String deadlineKind) {
        RuleValue lead = reminderLeads.get(deadlineKind);
        if (lead == null) {
            throw new IllegalStateException("Rule set '" + id + "' has no values.reminderLead." + deadlineKind);
        }
        return lead;
    }

    public boolean hasReminderLead(String deadlineKind) {
        return reminderLeads.containsKey(deadlineKind);
    }

    public RuleValue publicationPeriod(Severity severity) {
        return publicationPeriods.get(severity);
    }

    public RuleValue minimumPublicationPeriod(Severity severity) {
        return minimumPublicationPeriods.get(severity);
    }

    public boolean isNonRepairable(String recordKind) {
        return nonRepairableKinds.contains(recordKind);
    }
}
