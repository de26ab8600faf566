package org.xinyong.workflow.admin.web;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.admin.users.MembershipForm;
import org.xinyong.workflow.admin.users.NewUserForm;
import org.xinyong.workflow.admin.users.UserAdministration;
import org.xinyong.workflow.admin.users.UserFormValidator;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.security.AppGroup;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.security.Roles;
import org.xinyong.workflow.security.throttle.LoginThrottle;
import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.WorkMessages;

/** Users and their groups and departments ({@code /admin/users}). */
@Controller
@RequestMapping("/admin/users")
public class UserPagesController {

    private final UserAdministration users;
    private final UserFormValidator validator;
    private final PeopleRepository people;
    private final Departments departments;
    private final WorkMessages messages;
    private final LoginThrottle loginThrottle;

    public UserPagesController(UserAdministration users, UserFormValidator validator, PeopleRepository people,
                               Departments departments, WorkMessages messages, LoginThrottle loginThrottle) {
        this.users = users;
        this.validator = validator;
        this.people = people;
        this.departments = departments;
        this.messages = messages;
        this.loginThrottle = loginThrottle;
    }

    @GetMapping
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String department,
                       Model model) {
        String text = q == null || q.isBlank() ? null : q.strip();
        String departmentCode = department == null || department.isBlank() ? null : department.strip();
        model.addAttribute("users", users.search(text, departmentCode));
        model.addAttribute("q", text);
        model.addAttribute("department", departmentCode);
        model.addAttribute("searched", text != null || departmentCode != null);
        addChoices(model);
        return "admin/users";
    }

    @GetMapping("/new")
    public String newUser(Model model) {
        model.addAttribute("user", new NewUserForm());
        return newUserPage(model);
    }

    @PostMapping
    public String create(@ModelAttribute("user") NewUserForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        validator.validateNew(form, errors);
        if (!errors.hasErrors()) {
            try {
                AppUser created = users.create(form);
                Flash.success(redirect, messages.get("admin.users.created", created.username()));
                return "redirect:/admin/users";
            } catch (AdminRefusal refusal) {
                AdminPages.reject(errors, refusal);
            }
        }
        form.setPassword(null);
        form.setPasswordConfirm(null);
        return newUserPage(model);
    }

    @GetMapping("/{username}")
    public String edit(@PathVariable String username, Model model) {
        AppUser user = users.require(username);
        MembershipForm form = new MembershipForm();
        form.setDepartmentCode(user.departmentCode());
        form.setGroups(user.groups().stream().sorted().toList());
        model.addAttribute("membership", form);
        return editPage(user, model);
    }

    @PostMapping("/{username}/membership")
    public String changeMembership(@PathVariable String username, @ModelAttribute("membership") MembershipForm form,
                                   BindingResult errors, Model model, RedirectAttributes redirect) {
        AppUser user = users.require(username);
        validator.validateMembership(user.role(), form.getDepartmentCode(), form.getGroups(), errors);
        if (errors.hasErrors()) {
            return editPage(user, model);
        }
        users.changeMembership(username, form.getDepartmentCode(), new LinkedHashSet<>(form.getGroups()));
        Flash.success(redirect, messages.get("admin.users.membershipChanged", username));
        return "redirect:/admin/users/" + username;
    }

    /** The confirmation step before disabling, which signs the account out of every future session. */
    @GetMapping("/{username}/disable")
    public String confirmDisable(@PathVariable String username, Model model) {
        model.addAttribute("user", users.require(username));
        return "admin/user-disable";
    }

    @PostMapping("/{username}/disable")
    public String disable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
        try {
            users.disable(username, principal.getName());
            Flash.success(redirect, messages.get("admin.users.disabled", username));
        } catch (AdminRefusal refusal) {
            Flash.error(redirect, messages.get(refusal.messageCode(), refusal.arguments()));
        }
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/enable")
    public String enable(@PathVariable String username, RedirectAttributes redirect) {
        users.enable(username);
        Flash.success(redirect, messages.get("admin.users.enabled", username));
        return "redirect:/admin/users/" + username;
    }

    /** Issue 18.3: lifts the account's sign-in locks from every address (audited by the throttle). */
    @PostMapping("/{username}/unlock")
    public String unlock(@PathVariable String username, RedirectAttributes redirect) {
        users.require(username);
        loginThrottle.unlockAccount(username);
        Flash.success(redirect, messages.get("admin.users.unlocked", username));
        return "redirect:/admin/users/" + username;
    }

    private String newUserPage(Model model) {
        addChoices(model);
        model.addAttribute("roles", Roles.ALL);
        return "admin/user-new";
    }

    private String editPage(AppUser user, Model model) {
        model.addAttribute("account", user);
        model.addAttribute("signInLocked", loginThrottle.isLocked(user.username()));
        addChoices(model);
        return "admin/user-edit";
    }

    private void addChoices(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Department> all = departments.all();
        List<AppGroup> groups = people.findAllGroups();
        model.addAttribute("departments", all.stream()
                .map(department -> new Choice(department.code(), department.name(locale))).toList());
        model.addAttribute("groupChoices", groups.stream()
                .map(group -> new Choice(group.id(), group.name(locale))).toList());
        model.addAttribute("groupNames", groups.stream()
                .collect(Collectors.toMap(AppGroup::id, group -> group.name(locale))));
        model.addAttribute("departmentNames", all.stream()
                .collect(Collectors.toMap(Department::code, department -> department.name(locale))));
    }

    /** An option of a select or checkbox list. */
    public record Choice(String value, String label) {
    }
}
