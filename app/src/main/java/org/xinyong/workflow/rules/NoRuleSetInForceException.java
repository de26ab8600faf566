package org.xinyong.workflow.rules;

import java.time.LocalDate;

/** The configured series has no rule set in force on the day asked (e.g. before its first effective date). */
public class NoRuleSetInForceException extends IllegalStateException {

    public NoRuleSetInForceException(String series, LocalDate day) {
        super("No rule set of series '" + series + "' (xinyong.rules.series) is in force on " + day);
    }
}
