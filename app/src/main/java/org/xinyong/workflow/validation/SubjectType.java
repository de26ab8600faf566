package org.xinyong.workflow.validation;

/** The two kinds of credit subject (信用主体) of API.md, and the identifier each one carries. */
public enum SubjectType {
    /** Legal persons and other organisations: an 18-character unified social credit code. */
    ENTERPRISE,
    /** Natural persons: an 18-character resident ID number. */
    INDIVIDUAL
}
