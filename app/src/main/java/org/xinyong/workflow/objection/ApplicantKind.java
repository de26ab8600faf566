package org.xinyong.workflow.objection;

/** Who may object (DOMAIN Lifecycle B.1): the subject, the credit office, or an implementing department. */
public enum ApplicantKind {
    SUBJECT,
    CREDIT_OFFICE,
    IMPLEMENTING_DEPARTMENT
}
