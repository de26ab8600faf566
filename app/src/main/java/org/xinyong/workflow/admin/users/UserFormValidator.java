package org.xinyong.workflow.admin.users;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.security.AppGroup;
import org.xinyong.workflow.security.Groups;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.security.Roles;
import org.xinyong.workflow.validation.CreditCodes;
import org.xinyong.workflow.validation.ValidationProperties;

/**
 * Checks the user forms. Membership rules: a STAFF account works for one department and is in at least one group,
 * and a department group ({@code dept-<code>}, {@code dept-<code>-head}) must be its own department's; an ADMIN may
 * only be in system groups (Camunda administrators); the other roles have neither department nor groups. An
 * ENTERPRISE account is bound to one valid unified social credit code (GB 32100-2015, {@link CreditCodes}).
 */
@Component
public class UserFormValidator {

    /** Lower-case letters, digits, '.', '_' and '-': an id Camunda accepts too (IdentityIdPatternPlugin). */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD_LENGTH = 8;
    static final int MAX_TEXT_LENGTH = 200;

    private final PeopleRepository people;
    private final Departments departments;
    private final ValidationProperties validation;

    public UserFormValidator(PeopleRepository people, Departments departments, ValidationProperties validation) {
        this.people = people;
        this.departments = departments;
        this.validation = validation;
    }

    public void validateNew(NewUserForm form, Errors errors) {
        String username = trim(form.getUsername());
        if (username.isEmpty()) {
            errors.rejectValue("username", "admin.users.error.username.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.rejectValue("username", "admin.users.error.username.pattern");
        } else if (people.userExists(username)) {
            errors.rejectValue("username", "admin.users.error.username.taken", new Object[] {username}, null);
        }
        String displayName = trim(form.getDisplayName());
        if (displayName.isEmpty()) {
            errors.rejectValue("displayName", "admin.users.error.displayName.required");
        } else if (displayName.length() > MAX_TEXT_LENGTH) {
            errors.rejectValue("displayName", "admin.error.tooLong", new Object[] {MAX_TEXT_LENGTH}, null);
        }
        String email = trim(form.getEmail());
        if (!email.isEmpty() && (email.length() > MAX_TEXT_LENGTH || !EMAIL.matcher(email).matches())) {
            errors.rejectValue("email", "admin.users.error.email.invalid");
        }
        String password = form.getPassword() == null ? "" : form.getPassword();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            errors.rejectValue("password", "admin.users.error.password.tooShort",
                    new Object[] {MIN_PASSWORD_LENGTH}, null);
        } else if (!password.equals(form.getPasswordConfirm())) {
            errors.rejectValue("passwordConfirm", "admin.users.error.password.mismatch");
        }
        String role = trim(form.getRole());
        if (!Roles.ALL.contains(role)) {
            errors.rejectValue("role", "admin.users.error.role.required");
            return;
        }
        String subjectCode = CreditCodes.normalize(trim(form.getSubjectCode()));
        if (Roles.ENTERPRISE.equals(role)) {
            if (subjectCode.isEmpty()) {
                errors.rejectValue("subjectCode", "admin.users.error.subjectCode.required");
            } else {
                CreditCodes.problemOf(subjectCode, validation.verifyOrganisationCode())
                        .ifPresent(problem -> errors.rejectValue("subjectCode", problem));
            }
        } else if (!subjectCode.isEmpty()) {
            errors.rejectValue("subjectCode", "admin.users.error.subjectCode.notForRole");
        }
        validateMembership(role, form.getDepartmentCode(), form.getGroups(), errors);
    }

    /** Checks a department and groups for an account of {@code role}; field names departmentCode and groups. */
    public void validateMembership(String role, String departmentCode, Collection<String> groups, Errors errors) {
        String department = trim(departmentCode);
        if (Roles.STAFF.equals(role)) {
            if (department.isEmpty()) {
                errors.rejectValue("departmentCode", "admin.users.error.department.required");
            } else if (departments.find(department).isEmpty()) {
                errors.rejectValue("departmentCode", "admin.users.error.department.unknown",
                        new Object[] {department}, null);
            }
            if (groups.isEmpty()) {
                errors.rejectValue("groups", "admin.users.error.groups.required");
            }
        } else if (!department.isEmpty()) {
            errors.rejectValue("departmentCode", "admin.users.error.department.notForRole");
        }
        Map<String, AppGroup> known = people.findAllGroups().stream()
                .collect(Collectors.toMap(AppGroup::id, Function.identity()));
        for (String id : groups) {
            Optional<String> problem = groupProblem(role, department, known.get(id));
            if (problem.isPresent()) {
                errors.rejectValue("groups", problem.get(), new Object[] {id}, null);
                return;
            }
        }
    }

    private static Optional<String> groupProblem(String role, String department, AppGroup group) {
        if (group == null) {
            return Optional.of("admin.users.error.groups.unknown");
        }
        boolean system = AppGroup.TYPE_SYSTEM.equals(group.type());
        if (Roles.ADMIN.equals(role)) {
            return system ? Optional.empty() : Optional.of("admin.users.error.groups.notForRole");
        }
        if (!Roles.STAFF.equals(role) || system) {
            return Optional.of("admin.users.error.groups.notForRole");
        }
        boolean ownDepartment = List.of(Groups.department(department), Groups.departmentHead(department))
                .contains(group.id());
        if (Groups.isDepartmentGroup(group.id()) && !ownDepartment) {
            return Optional.of("admin.users.error.groups.otherDepartment");
        }
        return Optional.empty();
    }

    static String trim(String text) {
        return StringUtils.hasText(text) ? text.strip() : "";
    }
}
