package org.xinyong.workflow.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.audit.AuditEntry;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.security.camunda.CamundaIdentitySync;

/** Users and groups ({@code /admin/users}): creation, membership, disabling, Camunda in step, audit, access. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class UserPagesTest extends AdminPageSupport {

    /** Every account these tests create starts with it. */
    static final String PREFIX = "t-admin-";

    @Autowired
    PeopleRepository repository;
    @Autowired
    IdentityService camunda;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    CamundaIdentitySync camundaSync;

    /**
     * Disables the accounts the tests created (and so removes them from Camunda), so that other tests find the demo
     * people only in the groups and candidate groups.
     */
    @AfterEach
    void disableCreatedAccounts() {
        repository.findAllUsers().stream()
                .filter(account -> account.username().startsWith(PREFIX))
                .forEach(account -> repository.setEnabled(account.username(), false));
        camundaSync.synchronize();
    }

    @Test
    void onlyAdministratorsReachTheAdministrationPages() throws Exception {
        for (String who : List.of("amr", "credit", "supervisor", "ent1")) {
            mvc.perform(get("/admin").with(user(account(who)))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users").with(user(account(who)))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users").with(user(account(who))).with(csrf()).param("username", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/users/amr/disable").with(user(account("credit"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(repository.findUser("amr")).get().extracting(AppUser::enabled).isEqualTo(true);
    }

    @Test
    void homeLinksTheFourSections() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/admin").with(user(account("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#admin-users").attr("href")).isEqualTo("/admin/users");
        assertThat(page.select("#admin-calendar").attr("href")).isEqualTo("/admin/calendar");
        assertThat(page.select("#admin-rulesets").attr("href")).isEqualTo("/admin/rulesets");
        assertThat(page.select("#admin-measures").attr("href")).isEqualTo("/admin/measures");
    }

    @Test
    void staffAccountIsCreatedWithAHashedPasswordInCamundaAndAudited() throws Exception {
        String username = unique(PREFIX + "staff-");
        Map<String, Object> form = staff(username);

        mvc.perform(postAsAdmin("/admin/users", form))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flashSuccess", Matchers.containsString(username)));

        AppUser created = repository.findUser(username).orElseThrow();
        assertThat(created.passwordHash()).isNotEqualTo("geheim-2026");
        assertThat(passwordEncoder.matches("geheim-2026", created.passwordHash())).isTrue();
        assertThat(created.departmentCode()).isEqualTo("hrss");
        assertThat(created.groups()).containsExactlyInAnyOrder("dept-hrss", "dept-hrss-head");
        assertThat(camunda.createUserQuery().userId(username).singleResult().getFirstName()).isEqualTo("新同事");
        assertThat(camunda.createGroupQuery().groupMember(username).list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("dept-hrss", "dept-hrss-head");
        List<AuditEntry> audit = auditOf("user:" + username);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("USER_CREATED");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains("STAFF", "dept-hrss").doesNotContain("geheim");
        });
    }

    @Test
    void enterpriseAccountNeedsAValidCreditCodeShownAtItsFieldWithTheValuesKept() throws Exception {
        String username = unique(PREFIX + "ent-");
        Map<String, Object> form = enterprise(username, "91230400MA19XY0036");

        Document page = reshown("/admin/users", form);

        assertThat(page.select("#subjectCode").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#subjectCode").val()).isEqualTo("91230400MA19XY0036");
        assertThat(page.select("#subjectCode ~ .invalid-feedback").text()).contains("校验码");
        assertThat(page.select("#form-errors a[href=#subjectCode]").text()).contains("统一社会信用代码");
        assertThat(page.select("#username").val()).isEqualTo(username);
        assertThat(page.select("#displayName").val()).isEqualTo("示例企业");
        assertThat(page.select("#role option[selected]").val()).isEqualTo("ENTERPRISE");
        assertThat(page.select("#password").val()).as("a password is never sent back").isEmpty();
        assertThat(repository.userExists(username)).isFalse();

        String code = TestSubjects.enterpriseCode();
        mvc.perform(postAsAdmin("/admin/users", enterprise(username, code.toLowerCase(Locale.ROOT))))
                .andExpect(status().isFound());
        assertThat(repository.findUser(username)).get().extracting(AppUser::subjectCode).isEqualTo(code);
    }

    @Test
    void staffCannotJoinAnotherDepartmentsGroupsAndEveryMistakeIsNamed() throws Exception {
        Map<String, Object> form = staff(unique(PREFIX + "staff-"));
        form.put("groups", List.of("dept-amr"));
        form.put("passwordConfirm", "other-password");
        form.put("username", "Bad Name");

        Document page = reshown("/admin/users", form);

        assertThat(page.select("#form-errors a").eachAttr("href"))
                .containsExactly("#username", "#passwordConfirm", "#groups");
        assertThat(page.select("#groups .invalid-feedback").text()).contains("dept-amr", "其他部门");
        assertThat(page.select("input[name=groups][checked]").eachAttr("value")).containsExactly("dept-amr");
    }

    @Test
    void membershipChangeReachesCamundaAndTheAuditLog() throws Exception {
        String username = unique(PREFIX + "staff-");
        mvc.perform(postAsAdmin("/admin/users", staff(username))).andExpect(status().isFound());

        mvc.perform(postAsAdmin("/admin/users/" + username + "/membership",
                        Map.of("departmentCode", "hrss", "groups", List.of("dept-hrss"))))
                .andExpect(redirectedUrl("/admin/users/" + username));

        assertThat(repository.findUser(username).orElseThrow().groups()).containsExactly("dept-hrss");
        assertThat(camunda.createGroupQuery().groupMember(username).list()).extracting(Group::getId)
                .containsExactly("dept-hrss");
        assertThat(auditOf("user:" + username)).extracting(AuditEntry::action)
                .containsExactly("USER_MEMBERSHIP_CHANGED", "USER_CREATED");
    }

    @Test
    void disablingAsksForConfirmationThenRemovesTheAccountFromCamunda() throws Exception {
        String username = unique(PREFIX + "staff-");
        mvc.perform(postAsAdmin("/admin/users", staff(username))).andExpect(status().isFound());

        Document confirm = Jsoup.parse(mvc.perform(get("/admin/users/" + username + "/disable")
                .with(user(account("admin")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(confirm.select("form[method=post] #confirm-disable")).hasSize(1);
        assertThat(confirm.select("form:has(#confirm-disable) input[name=_csrf]")).hasSize(1);
        assertThat(repository.findUser(username).orElseThrow().enabled()).as("not before confirming").isTrue();

        mvc.perform(postAsAdmin("/admin/users/" + username + "/disable", Map.of()))
                .andExpect(redirectedUrl("/admin/users/" + username));

        assertThat(repository.findUser(username).orElseThrow().enabled()).isFalse();
        assertThat(camunda.createUserQuery().userId(username).count()).isZero();
        assertThat(auditOf("user:" + username)).extracting(AuditEntry::action).first().isEqualTo("USER_DISABLED");

        mvc.perform(postAsAdmin("/admin/users/" + username + "/enable", Map.of())).andExpect(status().isFound());
        assertThat(camunda.createUserQuery().userId(username).count()).isOne();
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() throws Exception {
        mvc.perform(postAsAdmin("/admin/users/admin/disable", Map.of()))
                .andExpect(flash().attribute("flashError", Matchers.containsString("自己")));
        assertThat(repository.findUser("admin").orElseThrow().enabled()).isTrue();
    }

    private static Map<String, Object> staff(String username) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "新同事");
        form.put("email", username + "@example.org");
        form.put("password", "geheim-2026");
        form.put("passwordConfirm", "geheim-2026");
        form.put("role", "STAFF");
        form.put("departmentCode", "hrss");
        form.put("groups", List.of("dept-hrss", "dept-hrss-head"));
        return form;
    }

    private static Map<String, Object> enterprise(String username, String code) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "示例企业");
        form.put("password", "geheim-2026");
        form.put("passwordConfirm", "geheim-2026");
        form.put("role", "ENTERPRISE");
        form.put("subjectCode", code);
        return form;
    }
}
