package org.xinyong.workflow.listing;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.Severity;

/**
 * Decides a record's severity with the escalation table {@code processes/severity.dmn} (seed003 §二(一)), counting
 * the subject's earlier records within the escalation window.
 */
@Component
public class SeverityAssessment {

    static final String DECISION = "severity";

    private final DecisionService decisions;
    private final ListingCaseRepository cases;
    private final BusinessClock clock;
    private final ListingProperties properties;

    public SeverityAssessment(DecisionService decisions, ListingCaseRepository cases, BusinessClock clock,
                              ListingProperties properties) {
        this.decisions = decisions;
        this.cases = cases;
        this.clock = clock;
        this.properties = properties;
    }

    public Severity assess(String subjectCode, Severity proposed, boolean legalRepresentativeSerious,
                           boolean ignoredCreditReminder) {
        var since = ZonedDateTime.ofInstant(clock.now(), clock.zone())
                .minusMonths(properties.escalationWindowMonths()).toInstant();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("proposedSeverity", proposed.name());
        inputs.put("minorRecordsInYear", cases.countRecordsSince(subjectCode, Severity.MINOR, since));
        inputs.put("generalRecordsInYear", cases.countRecordsSince(subjectCode, Severity.GENERAL, since));
        inputs.put("legalRepresentativeSerious", legalRepresentativeSerious);
        inputs.put("ignoredCreditReminder", ignoredCreditReminder);
        String decided = decisions.evaluateDecisionTableByKey(DECISION, inputs).getSingleResult().getSingleEntry();
        return Severity.valueOf(decided);
    }
}
