package org.xinyong.workflow.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who is calling: the view every feature uses for data isolation (an enterprise sees only its own subject code, a
 * department its own cases, the credit office and supervisors everything). Obtain it from {@link CurrentUsers}.
 *
 * @param username       login name, also the Camunda user id
 * @param displayName    name shown in the UI
 * @param role           one of {@link Roles}
 * @param groups         group ids ({@link Groups}), also Camunda group ids
 * @param departmentCode the department a STAFF account works for, else {@code null}
 * @param subjectCode    the unified social credit code an ENTERPRISE account is bound to, else {@code null}
 */
public record CurrentUser(String username, String displayName, String role, Set<String> groups,
                          String departmentCode, String subjectCode) implements Serializable, java.security.Principal {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    /** As a {@link java.security.Principal} (an API client's authentication, security.ApiTokenFilter): the username. */
    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(String expected) {
        return expected.equals(role);
    }

    public boolean isEnterprise() {
        return hasRole(Roles.ENTERPRISE);
    }

    public boolean isStaff() {
        return hasRole(Roles.STAFF);
    }

    public boolean isSupervisor() {
        return hasRole(Roles.SUPERVISOR);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isSanctionsCheck() {
        return hasRole(Roles.SANCTIONS_CHECK);
    }

    public boolean inGroup(String groupId) {
        return groups.contains(groupId);
    }

    public boolean isCreditOffice() {
        return inGroup(Groups.CREDIT_OFFICE);
    }

    /** Sees every case across departments (read access): credit office, supervisors and administrators. */
    public boolean seesAllCases() {
        return isCreditOffice() || isSupervisor() || isAdmin();
    }

    /** The department groups ({@code dept-…}, caseworker and head) of this user, sorted. */
    public SortedSet<String> departmentGroups() {
        SortedSet<String> result = new TreeSet<>();
        for (String group : groups) {
            if (Groups.isDepartmentGroup(group)) {
                result.add(group);
            }
        }
        return Collections.unmodifiableSortedSet(result);
    }
}
