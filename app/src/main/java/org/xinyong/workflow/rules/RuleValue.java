package org.xinyong.workflow.rules;

/** One value of a rule set with the clause it comes from (seed file and clause, or regulation). */
public record RuleValue(LegalDuration duration, String source) {
}
