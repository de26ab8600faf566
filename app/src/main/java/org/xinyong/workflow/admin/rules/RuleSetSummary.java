package org.xinyong.workflow.admin.rules;

import org.xinyong.workflow.rules.RuleSet;

/**
 * A rule set as the administrator sees it.
 *
 * @param inForce      the set of its series in force today (business date)
 * @param effective    its effective date is today or earlier
 * @param usedByCases  a case names it
 * @param followed     its series is the one this deployment follows ({@code xinyong.rules.series})
 */
public record RuleSetSummary(RuleSet ruleSet, boolean inForce, boolean effective, boolean usedByCases,
                             boolean followed) {

    /** A set in use is fixed for good: it was effective or a case names it (it never could be edited anyway). */
    public boolean inUse() {
        return effective || usedByCases;
    }
}
