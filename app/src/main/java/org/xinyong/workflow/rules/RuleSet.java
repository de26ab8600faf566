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
        RuleValue statementReply,
        RuleValue objectionAcceptance,
        RuleValue objectionVerification,
        RuleValue objectionReminderLead,
        RuleValue repairReview,
        RuleValue minimumRectification,
        Map<Severity, RuleValue> publicationPeriods,
        Map<Severity, RuleValue> minimumPublicationPeriods,
        NonRepairableKinds nonRepairableKinds) {

    public RuleSet {
        publicationPeriods = Map.copyOf(new EnumMap<>(publicationPeriods));
        minimumPublicationPeriods = Map.copyOf(new EnumMap<>(minimumPublicationPeriods));
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
