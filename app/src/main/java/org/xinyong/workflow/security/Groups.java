package org.xinyong.workflow.security;

/**
 * Group ids. They are both the application's groups (table {@code app_group}) and Camunda's groups, so BPMN
 * candidate groups name them directly. Spring Security sees membership as the authority {@code GROUP_<id>}.
 */
public final class Groups {

    /** Camunda's built-in administrator group (full access in Cockpit/Tasklist/Admin). */
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** The credit office (信用办), lead department: publishes listings, receives repair reports and escalations. */
    public static final String CREDIT_OFFICE = "credit-office";
    /** The social-credit leading group: decides repair approvals (seed003 §二(五)3). */
    public static final String LEADING_GROUP = "leading-group";

    static final String DEPARTMENT_PREFIX = "dept-";
    static final String HEAD_SUFFIX = "-head";
    static final String AUTHORITY_PREFIX = "GROUP_";

    private Groups() {
    }

    /** The caseworkers of an identifying department, e.g. {@code dept-amr}. */
    public static String department(String departmentCode) {
        return DEPARTMENT_PREFIX + departmentCode;
    }

    /** The head of an identifying department, e.g. {@code dept-amr-head}. */
    public static String departmentHead(String departmentCode) {
        return DEPARTMENT_PREFIX + departmentCode + HEAD_SUFFIX;
    }

    /** Whether a group id is a department group (caseworkers or head). */
    public static boolean isDepartmentGroup(String groupId) {
        return groupId.startsWith(DEPARTMENT_PREFIX);
    }

    /** The Spring Security authority of a group, e.g. {@code GROUP_credit-office}. */
    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }
}
