package org.xinyong.workflow.rules;

/** A number of a rule set (how many records escalate, how many pauses) with the clause it comes from. */
public record RuleCount(int amount, String source) {
}
