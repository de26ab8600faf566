package org.xinyong.workflow.listing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.Severity;

/**
 * Decides a record's severity with the escalation table {@code processes/severity.dmn} (seed003 §二(一)), counting
 * the subject's earlier records within the escalation window.
 *
 * <p>The table is evaluated with the engine's own DMN engine on the latest deployed version of the decision, parsed
 * once per decision definition (a redeployed table, from this node or another sharing the database, is picked up by
 * its new definition id on the next case). The engine writes no decision history for such an evaluation (17 history
 * rows per case were a third of the cost of recording one): the case's audit entry keeps what a supervisor checks,
 * the decided severity, the decision version and every input ({@link Assessment#describe()}).
 *
 * <p>A decision table is a pure function of its definition and its five inputs, and nearly every case has one of a
 * handful of input combinations. So each combination is evaluated once per definition and its result remembered:
 * FEEL's evaluation (its built-in functions are set up again for every expression) was over half of the CPU time of
 * recording a case (bench/RESULTS.md, 2026-11-27 profile). A new definition starts with nothing remembered.
 */
@Component
public class SeverityAssessment {

    static final String DECISION = "severity";
    /** Bounds the remembered results; distinct combinations beyond it (very high record counts) are evaluated each time. */
    private static final int REMEMBERED_RESULTS = 1024;

    private final ProcessEngineConfigurationImpl configuration;
    private final DmnEngine dmnEngine;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final ListingCaseRepository cases;
    private final BusinessClock clock;
    private volatile ParsedDecision parsed;
    private final Map<DecisionInputs, Severity> decided = new ConcurrentHashMap<>();

    public SeverityAssessment(ProcessEngine engine, JdbcClient jdbc, ListingCaseRepository cases, BusinessClock clock) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.dmnEngine = configuration.getDmnEngine();
        this.repository = engine.getRepositoryService();
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * @param ruleSet the set in force on the day the record is made: its escalation threshold and window
     *                ({@code escalationRecordCount}, {@code escalationWindow}; seed003 §二(一)2-3 "一年内有3次(含)以上")
     */
    public Assessment assess(RuleSet ruleSet, String subjectCode, Severity proposed,
                             boolean legalRepresentativeSerious, boolean ignoredCreditReminder) {
        Instant since = windowStart(ruleSet.escalationWindow().duration());
        ListingCaseRepository.RecordCounts earlier = cases.countRecordsSince(subjectCode, since);
        ParsedDecision decision = latestDecision();
        DecisionInputs inputs = new DecisionInputs(decision.definitionId(), ruleSet.escalationRecordCount().amount(),
                proposed, earlier.minor(), earlier.general(), legalRepresentativeSerious, ignoredCreditReminder);
        Severity severity = decided.get(inputs);
        if (severity == null) {
            severity = evaluate(decision, inputs);
            if (decided.size() < REMEMBERED_RESULTS) {
                decided.put(inputs, severity);
            }
        }
        return new Assessment(severity, proposed, earlier.minor(), earlier.general(),
                legalRepresentativeSerious, ignoredCreditReminder, decision.definitionId());
    }

    /** The start of the escalation window: that long before now (business clock), in the configured zone. */
    private Instant windowStart(LegalDuration window) {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.now(), clock.zone());
        return switch (window.unit()) {
            case MONTHS -> now.minusMonths(window.amount()).toInstant();
            case YEARS -> now.minusYears(window.amount()).toInstant();
            case CALENDAR_DAYS -> now.minusDays(window.amount()).toInstant();
            case WORKING_DAYS -> throw new IllegalStateException(
                    "escalationWindow is counted back in calendar units (seed003 §二(一) 一年内), not " + window);
        };
    }

    private Severity evaluate(ParsedDecision decision, DecisionInputs inputs) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("escalationRecordCount", inputs.escalationRecordCount());
        variables.put("proposedSeverity", inputs.proposed().name());
        variables.put("minorRecordsInYear", inputs.minorRecordsInYear());
        variables.put("generalRecordsInYear", inputs.generalRecordsInYear());
        variables.put("legalRepresentativeSerious", inputs.legalRepresentativeSerious());
        variables.put("ignoredCreditReminder", inputs.ignoredCreditReminder());
        // In an engine command, as the engine's DMN engine expects (it counts the evaluation in the engine's metrics).
        String result = configuration.getCommandExecutorTxRequired().execute(commandContext ->
                dmnEngine.evaluateDecisionTable(decision.decision(), variables).getSingleResult().getSingleEntry());
        return Severity.valueOf(result);
    }

    /** The latest deployed version of the table: one indexed look-up, parsed again only when the id changed. */
    private ParsedDecision latestDecision() {
        String latestId = jdbc.sql("""
                select ID_ from ACT_RE_DECISION_DEF where KEY_ = ? and TENANT_ID_ is null
                order by VERSION_ desc limit 1
                """).param(DECISION).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("Decision " + DECISION + " is not deployed"));
        ParsedDecision current = parsed;
        if (current == null || !current.definitionId().equals(latestId)) {
            current = new ParsedDecision(latestId, parse(latestId));
            parsed = current;
            decided.clear();
        }
        return current;
    }

    /**
     * Parsed in an engine command (the engine's transform needs its configuration); the result is not the deployed
     * definition entity, so evaluating it records no decision history.
     */
    private DmnDecision parse(String definitionId) {
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            try (InputStream model = repository.getDecisionModel(definitionId)) {
                return dmnEngine.parseDecision(DECISION, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private record ParsedDecision(String definitionId, DmnDecision decision) {
    }

    /** Everything a result depends on: the table's version and its inputs. */
    private record DecisionInputs(String definitionId, int escalationRecordCount, Severity proposed,
                                  int minorRecordsInYear,
                                  int generalRecordsInYear, boolean legalRepresentativeSerious,
                                  boolean ignoredCreditReminder) {
    }

    /** The decided severity and everything it was decided on (recorded in the case's audit entry). */
    public record Assessment(Severity severity, Severity proposed, int minorRecordsInYear, int generalRecordsInYear,
                             boolean legalRepresentativeSerious, boolean ignoredCreditReminder,
                             String decisionDefinitionId) {

        public boolean escalated() {
            return severity != proposed;
        }

        /** For the audit entry: the result, the decision version and its inputs. */
        public String describe() {
            return "severity " + severity + (escalated() ? " (escalated from " + proposed + ")" : "")
                    + "; decision " + decisionDefinitionId + ": minor records in window " + minorRecordsInYear
                    + ", general records in window " + generalRecordsInYear + ", legal representative serious "
                    + legalRepresentativeSerious + ", ignored credit reminder " + ignoredCreditReminder;
        }
    }
}
