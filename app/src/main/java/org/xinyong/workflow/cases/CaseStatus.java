package org.xinyong.workflow.cases;

import java.util.Set;

/**
 * A status of a case kind's lifecycle that knows the statuses it may follow: the lifecycle's state machine, in one
 * place beside the statuses, and what {@link StatusTransitions} checks each change against.
 */
public interface CaseStatus<S extends Enum<S> & CaseStatus<S>> {

    /** The statuses from which a case may move to this one. */
    Set<S> comesFrom();
}
