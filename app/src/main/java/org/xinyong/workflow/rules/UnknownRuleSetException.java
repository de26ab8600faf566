package org.xinyong.workflow.rules;

import java.util.NoSuchElementException;

/** No rule set has the id a case refers to. */
public class UnknownRuleSetException extends NoSuchElementException {

    public UnknownRuleSetException(String id) {
        super("No rule set has the id '" + id + "'");
    }
}
