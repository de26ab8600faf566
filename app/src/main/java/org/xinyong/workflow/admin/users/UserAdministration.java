package org.xinyong.workflow.admin.users;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.security.Roles;
import org.xinyong.workflow.security.camunda.CamundaIdentitySync;
import org.xinyong.workflow.validation.CreditCodes;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * Creates accounts, changes their department and groups, disables and enables them. The application's people
 * tables are the one source of truth: each change is followed, in the same transaction, by
 * {@link CamundaIdentitySync#synchronize()}, which makes Camunda's identity a copy of them (a disabled account is
 * removed there), and by an audit row. Passwords are stored only as hashes and never logged.
 */
@Service
public class UserAdministration {

    static final String REF = "user";

    private final PeopleRepository people;
    private final PasswordEncoder passwordEncoder;
    private final CamundaIdentitySync camundaIdentity;
    private final AuditLog audit;

    public UserAdministration(PeopleRepository people, PasswordEncoder passwordEncoder,
                              CamundaIdentitySync camundaIdentity, AuditLog audit) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.camundaIdentity = camundaIdentity;
        this.audit = audit;
    }

    public List<AppUser> all() {
        return people.findAllUsers();
    }

    /**
     * The users whose username or display name contains {@code text} (ignoring case) and who work for the department;
     * a null or blank criterion matches every user.
     */
    public List<AppUser> search(String text, String departmentCode) {
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
        String department = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip();
        return all().stream()
                .filter(user -> needle == null || user.username().toLowerCase(java.util.Locale.ROOT).contains(needle)
                        || (user.displayName() != null
                        && user.displayName().toLowerCase(java.util.Locale.ROOT).contains(needle)))
                .filter(user -> department == null || department.equals(user.departmentCode()))
                .toList();
    }

    public AppUser require(String username) {
        return people.findUser(username).orElseThrow(() -> new NotFoundException("admin.users.notFound", username));
    }

    /** Creates the account of a form {@link UserFormValidator#validateNew checked} before. */
    @Transactional
    public AppUser create(NewUserForm form) {
        String username = form.getUsername().strip();
        if (people.userExists(username)) {
            throw new AdminRefusal("username", "admin.users.error.username.taken", username);
        }
        String role = form.getRole().strip();
        AppUser user = new AppUser(username, passwordEncoder.encode(form.getPassword()), form.getDisplayName().strip(),
                blankToNull(form.getEmail()), true, role,
                Roles.STAFF.equals(role) ? blankToNull(form.getDepartmentCode()) : null,
                Roles.ENTERPRISE.equals(role) ? CreditCodes.normalize(form.getSubjectCode()) : null,
                Set.copyOf(form.getGroups()));
        people.insertUser(user);
        audit.record(AdminAction.USER_CREATED, user.subjectCode(), AdminAction.ref(REF, username),
                "role " + role + ", department " + user.departmentCode() + ", groups " + sorted(user.groups()), null);
        camundaIdentity.synchronize();
        return user;
    }

    /** Replaces the department and groups of an account (checked before by the validator). */
    @Transactional
    public void changeMembership(String username, String departmentCode, Set<String> groups) {
        AppUser before = require(username);
        String department = Roles.STAFF.equals(before.role()) ? blankToNull(departmentCode) : null;
        people.updateMembership(username, department, groups);
        audit.record(AdminAction.USER_MEMBERSHIP_CHANGED, before.subjectCode(), AdminAction.ref(REF, username),
                "department " + before.departmentCode() + " -> " + department + ", groups "
                        + sorted(before.groups()) + " -> " + sorted(groups), null);
        camundaIdentity.synchronize();
    }

    /**
     * Disables an account: it can no longer sign in and leaves Camunda's identity (its candidate groups no longer
     * reach it). Nobody disables their own account, and the last enabled administrator stays.
     */
    @Transactional
    public void disable(String username, String actingUsername) {
        AppUser user = require(username);
        if (username.equals(actingUsername)) {
            throw new AdminRefusal(null, "admin.users.error.disableSelf");
        }
        if (Roles.ADMIN.equals(user.role()) && user.enabled() && enabledAdministrators() <= 1) {
            throw new AdminRefusal(null, "admin.users.error.lastAdmin");
        }
        if (!user.enabled()) {
            return;
        }
        people.setEnabled(username, false);
        audit.record(AdminAction.USER_DISABLED, user.subjectCode(), AdminAction.ref(REF, username), null, null);
        camundaIdentity.synchronize();
    }

    @Transactional
    public void enable(String username) {
        AppUser user = require(username);
        if (user.enabled()) {
            return;
        }
        people.setEnabled(username, true);
        audit.record(AdminAction.USER_ENABLED, user.subjectCode(), AdminAction.ref(REF, username), null, null);
        camundaIdentity.synchronize();
    }

    private long enabledAdministrators() {
        return people.findAllUsers().stream().filter(user -> user.enabled() && Roles.ADMIN.equals(user.role()))
                .count();
    }

    private static Set<String> sorted(Set<String> groups) {
        return new TreeSet<>(groups);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
