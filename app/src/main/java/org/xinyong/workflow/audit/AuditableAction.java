package org.xinyong.workflow.audit;

/**
 * What an audit entry records. {@link AuditAction} holds the common actions; a feature that needs its own can declare
 * an enum implementing this interface, whose constant names become the stored action.
 */
public interface AuditableAction {

    /** The stored action name, upper case with underscores, at most 64 characters. */
    String name();
}
