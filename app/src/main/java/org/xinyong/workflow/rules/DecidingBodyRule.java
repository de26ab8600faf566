package org.xinyong.workflow.rules;

/** A rule set's choice of the deciding body, with the clause it comes from. */
public record DecidingBodyRule(DecidingBody body, String source) {
}
