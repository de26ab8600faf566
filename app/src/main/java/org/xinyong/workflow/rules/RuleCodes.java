package org.xinyong.workflow.rules;

import java.util.List;

/** A list of codes of a rule set (e.g. the measures of the watch list) with the clause it comes from. */
public record RuleCodes(List<String> codes, String source) {

    public RuleCodes {
        codes = List.copyOf(codes);
    }
}
