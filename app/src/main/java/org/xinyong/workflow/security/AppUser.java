package org.xinyong.workflow.security;

import java.util.Set;

/** A row of {@code app_user} with its group ids. */
public record AppUser(String username, String passwordHash, String displayName, String email, boolean enabled,
                      String role, String departmentCode, String subjectCode, Set<String> groups) {

    public AppUser {
        groups = Set.copyOf(groups);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(username, displayName, role, groups, departmentCode, subjectCode);
    }
}
