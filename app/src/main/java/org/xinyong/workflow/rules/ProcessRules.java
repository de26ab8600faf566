package org.xinyong.workflow.rules;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The values of the case's rule set for BPMN expressions, as bean {@code rules}: a path that the seeds and the national
 * rules set differently is chosen by the set the case keeps (process variable {@code ruleSetId}, the set in force on
 * the day its record was made), never fixed in the model.
 *
 * <pre>{@code ${rules.repairDecidingBody(execution) == 'IDENTIFYING_DEPARTMENT'}}</pre>
 */
@Component("rules")
public class ProcessRules {

    static final String RULE_SET_ID = "ruleSetId";

    private final RuleSets ruleSets;

    public ProcessRules(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** {@code LEADING_GROUP} (seed003 §二(五)3) or {@code IDENTIFYING_DEPARTMENT} (国办发〔2025〕22号). */
    public String repairDecidingBody(VariableScope execution) {
        return ruleSetOf(execution).repairDecidingBody().body().name();
    }

    /**
     * Who decides a listing: {@code IDENTIFYING_DEPARTMENT} (seed001 §四 8) or {@code LEADING_GROUP} on the lead
     * department's comprehensive identification (seed003 §二(二)3).
     */
    public String listingDecidingBody(VariableScope execution) {
        return ruleSetOf(execution).listingDecidingBody().body().name();
    }

    private RuleSet ruleSetOf(VariableScope execution) {
        Object id = execution.getVariable(RULE_SET_ID);
        if (id instanceof String text && !text.isBlank()) {
            return ruleSets.byId(text);
        }
        throw new IllegalStateException("Process variable " + RULE_SET_ID + " is missing: the case's rule set decides "
                + "this path");
    }
}
