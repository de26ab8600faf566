package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CurrentUserTest {

    @Test
    void enterpriseIsBoundToItsCreditCode() {
        CurrentUser ent = new CurrentUser("ent1", "企业", Roles.ENTERPRISE, Set.of(), null, "91230400MA19XY0035");

        assertThat(ent.isEnterprise()).isTrue();
        assertThat(ent.isStaff()).isFalse();
        assertThat(ent.seesAllCases()).isFalse();
        assertThat(ent.subjectCode()).isEqualTo("91230400MA19XY0035");
    }

    @Test
    void departmentGroupsAreTheDeptGroupsOnly() {
        CurrentUser staff = new CurrentUser("x", "X", Roles.STAFF,
                Set.of("dept-tax-head", Groups.CREDIT_OFFICE, "dept-amr"), "amr", null);

        assertThat(staff.departmentGroups()).containsExactly("dept-amr", "dept-tax-head");
        assertThat(staff.inGroup(Groups.CREDIT_OFFICE)).isTrue();
        assertThat(staff.inGroup(Groups.LEADING_GROUP)).isFalse();
    }

    @Test
    void creditOfficeSupervisorsAndAdministratorsSeeAllCases() {
        assertThat(new CurrentUser("c", "C", Roles.STAFF, Set.of(Groups.CREDIT_OFFICE), "credit-office", null)
                .seesAllCases()).isTrue();
        assertThat(new CurrentUser("s", "S", Roles.SUPERVISOR, Set.of(), null, null).seesAllCases()).isTrue();
        assertThat(new CurrentUser("a", "A", Roles.ADMIN, Set.of(), null, null).seesAllCases()).isTrue();
        assertThat(new CurrentUser("d", "D", Roles.STAFF, Set.of("dept-amr"), "amr", null).seesAllCases()).isFalse();
    }
}
