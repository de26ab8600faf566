package org.xinyong.workflow.security.throttle;

import org.xinyong.workflow.audit.AuditableAction;

/** The audited actions of login throttling (issue 18.3). */
public enum LoginAuditAction implements AuditableAction {
    /** Sign-ins of an account from an address, or from an address altogether, were locked. */
    LOGIN_LOCKED,
    /** An administrator lifted a sign-in lock. */
    LOGIN_UNLOCKED
}
