package org.xinyong.workflow.reference;

/** The roles a department plays in the procedure (DOMAIN.md "Actors and groups"). */
public enum DepartmentKind {
    /** 认定部门: records findings, proposes listings, verifies objections, accepts repairs (groups dept-<code>). */
    IDENTIFYING,
    /** 信用办 / 牵头部门: publishes and withdraws listings (group credit-office). */
    CREDIT_OFFICE,
    /** 社会信用体系建设领导小组: decides repair approvals (group leading-group). */
    LEADING_GROUP
}
