package org.xinyong.workflow.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.DepartmentKind;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.security.AppGroup;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.validation.ValidationProperties;

class UserFormValidatorTest {

    private final PeopleRepository people = mock(PeopleRepository.class);
    private final Departments departments = mock(Departments.class);
    private final UserFormValidator validator =
            new UserFormValidator(people, departments, new ValidationProperties(false));

    @BeforeEach
    void knownGroupsAndDepartments() {
        when(people.findAllGroups()).thenReturn(List.of(
                new AppGroup("camunda-admin", "Camunda 管理员", "Camunda administrators", "SYSTEM"),
                new AppGroup("credit-office", "信用办", "Credit office", "CREDIT_OFFICE"),
                new AppGroup("dept-amr", "市场监督管理局", "AMR", "DEPARTMENT"),
                new AppGroup("dept-amr-head", "市场监督管理局负责人", "AMR head", "DEPARTMENT_HEAD"),
                new AppGroup("dept-tax", "税务局", "Tax", "DEPARTMENT")));
        when(departments.find("amr"))
                .thenReturn(Optional.of(new Department("amr", "市场监督管理局", "AMR", DepartmentKind.IDENTIFYING)));
        when(people.userExists("taken")).thenReturn(true);
    }

    @Test
    void validStaffAccountPasses() {
        assertThat(errorsOf(staff("new-user", "amr", "dept-amr", "dept-amr-head"))).isEmpty();
    }

    @Test
    void enterpriseAccountNeedsAValidCreditCode() {
        NewUserForm form = enterprise("91230400MA19XY0036");
        assertThat(errorsOf(form)).extracting(FieldError::getField, FieldError::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subjectCode",
                        "validation.creditCode.checkDigit"));
        assertThat(errorsOf(enterprise(""))).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.subjectCode.required");
        assertThat(errorsOf(enterprise(" 91230400ma19xy0035 "))).as("normalised before the check").isEmpty();
    }

    @Test
    void onlyEnterprisesCarryACreditCode() {
        NewUserForm form = staff("new-user", "amr", "dept-amr");
        form.setSubjectCode("91230400MA19XY0035");
        assertThat(errorsOf(form)).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.subjectCode.notForRole");
    }

    @Test
    void usernameMustBeFreeAndWellFormed() {
        assertThat(errorsOf(staff("taken", "amr", "dept-amr"))).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.username.taken");
        assertThat(errorsOf(staff("Zhang San", "amr", "dept-amr"))).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.username.pattern");
    }

    @Test
    void passwordMustBeLongEnoughAndRepeated() {
        NewUserForm shortPassword = staff("new-user", "amr", "dept-amr");
        shortPassword.setPassword("short");
        shortPassword.setPasswordConfirm("short");
        assertThat(errorsOf(shortPassword)).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.password.tooShort");
        NewUserForm mismatch = staff("new-user", "amr", "dept-amr");
        mismatch.setPasswordConfirm("something-else");
        assertThat(errorsOf(mismatch)).extracting(FieldError::getField).containsExactly("passwordConfirm");
    }

    @Test
    void staffNeedADepartmentAndGroupsOfTheirOwnDepartment() {
        assertThat(errorsOf(staff("new-user", "", "dept-amr"))).extracting(FieldError::getCode)
                .contains("admin.users.error.department.required");
        assertThat(errorsOf(staff("new-user", "amr"))).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.groups.required");
        assertThat(errorsOf(staff("new-user", "amr", "dept-tax"))).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.groups.otherDepartment");
        assertThat(errorsOf(staff("new-user", "amr", "camunda-admin"))).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.groups.notForRole");
        assertThat(errorsOf(staff("new-user", "amr", "dept-nowhere"))).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.groups.unknown");
        assertThat(errorsOf(staff("new-user", "amr", "credit-office"))).isEmpty();
    }

    @Test
    void administratorsJoinOnlySystemGroupsAndOtherRolesNone() {
        NewUserForm admin = staff("new-admin", "", "camunda-admin");
        admin.setRole("ADMIN");
        assertThat(errorsOf(admin)).isEmpty();
        admin.setGroups(List.of("dept-amr"));
        assertThat(errorsOf(admin)).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.groups.notForRole");
        NewUserForm supervisor = staff("new-supervisor", "amr");
        supervisor.setRole("SUPERVISOR");
        assertThat(errorsOf(supervisor)).extracting(FieldError::getCode)
                .containsExactly("admin.users.error.department.notForRole");
    }

    private List<FieldError> errorsOf(NewUserForm form) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "user");
        validator.validateNew(form, errors);
        return errors.getFieldErrors();
    }

    private static NewUserForm staff(String username, String department, String... groups) {
        NewUserForm form = new NewUserForm();
        form.setUsername(username);
        form.setDisplayName("经办人");
        form.setPassword("long-enough");
        form.setPasswordConfirm("long-enough");
        form.setRole("STAFF");
        form.setDepartmentCode(department);
        form.setGroups(List.of(groups));
        return form;
    }

    private static NewUserForm enterprise(String code) {
        NewUserForm form = staff("new-enterprise", "");
        form.setRole("ENTERPRISE");
        form.setSubjectCode(code);
        return form;
    }
}
