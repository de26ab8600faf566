package org.xinyong.workflow.rules;

/** A row of table {@code rule_set}: the id and the JSON document the set was created from. */
public record StoredRuleSet(String id, String content) {
}
