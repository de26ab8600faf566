package org.xinyong.workflow.rules;

/** A rule set is malformed; the message names where it came from (file or table row) and the field. */
public class RuleSetValidationException extends RuntimeException {

    private final String origin;
    private final String field;

    public RuleSetValidationException(String origin, String field, String problem) {
        super("Rule set " + origin + ", field '" + field + "': " + problem);
        this.origin = origin;
        this.field = field;
    }

    public String origin() {
        return origin;
    }

    public String field() {
        return field;
    }
}
