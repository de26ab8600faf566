package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.security.camunda.CamundaIdentitySync;

/** The demo people, their stored passwords, and Camunda's identity as a copy of the application's. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PeopleAndCamundaIdentityTest {

    private static final List<String> DEMO_ACCOUNTS = List.of("admin", "amr", "amr-head", "tax", "tax-head",
            "credit", "leader", "supervisor", "checker", "ent1", "ent2");

    @Autowired
    private IdentityService identity;

    @Autowired
    private CamundaIdentitySync sync;

    @Autowired
    private DemoPeopleLoader demoPeople;

    @Autowired
    private PeopleRepository people;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void demoProfileCreatesTheAccountsOfTheApiContract() {
        assertThat(people.findAllUsers()).extracting(AppUser::username).containsAll(DEMO_ACCOUNTS);
        AppUser ent2 = people.findUser("ent2").orElseThrow();
        assertThat(ent2.role()).isEqualTo(Roles.ENTERPRISE);
        assertThat(ent2.subjectCode()).isEqualTo("91410526MA3X00004Y");
        AppUser amrHead = people.findUser("amr-head").orElseThrow();
        assertThat(amrHead.departmentCode()).isEqualTo("amr");
        assertThat(amrHead.groups()).containsExactly(Groups.departmentHead("amr"));
        assertThat(people.findUser("admin").orElseThrow().groups()).containsExactly(Groups.CAMUNDA_ADMIN);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        for (String username : DEMO_ACCOUNTS) {
            String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
                    username);
            assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
            assertThat(passwordEncoder.matches("demo", hash)).isTrue();
        }
    }

    @Test
    void loadingTheDemoPeopleAgainLeavesExistingAccountsUntouched() {
        jdbc.update("update app_user set display_name = ? where username = ?", "改过的名字", "tax");
        try {
            assertThat(demoPeople.load()).isZero();
            assertThat(people.findUser("tax").orElseThrow().displayName()).isEqualTo("改过的名字");
        } finally {
            jdbc.update("update app_user set display_name = ? where username = ?", "税务局经办人", "tax");
        }
    }

    @Test
    void camundaKnowsTheDemoUsersGroupsAndMemberships() {
        assertThat(identity.createUserQuery().list()).extracting(User::getId).containsAll(DEMO_ACCOUNTS);
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .contains(Groups.CAMUNDA_ADMIN, Groups.CREDIT_OFFICE, Groups.LEADING_GROUP,
                        Groups.department("amr"), Groups.departmentHead("tax"));
        assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
                .extracting(User::getId).containsExactly("admin");
        assertThat(identity.createUserQuery().memberOfGroup(Groups.department("amr")).list())
                .extracting(User::getId).containsExactly("amr");
        assertThat(identity.createUserQuery().userId("amr").singleResult().getFirstName()).isEqualTo("市场监管局经办人");
    }

    @Test
    void nobodySignsInToCamundaWithTheApplicationPassword() {
        assertThat(identity.checkPassword("admin", "demo")).isFalse();
        assertThat(identity.checkPassword("amr", "demo")).isFalse();
    }

    @Test
    void synchronisationRemovesWhatTheApplicationNoLongerHas() {
        User ghost = identity.newUser("ghost");
        identity.saveUser(ghost);
        identity.saveGroup(identity.newGroup("dept-gone"));
        identity.createMembership("amr", Groups.CREDIT_OFFICE);
        jdbc.update("update app_user set display_name = ? where username = ?", "市场监管局经办人（新）", "amr");
        try {
            sync.synchronize();

            assertThat(identity.createUserQuery().userId("ghost").count()).isZero();
            assertThat(identity.createGroupQuery().groupId("dept-gone").count()).isZero();
            assertThat(identity.createGroupQuery().groupMember("amr").list()).extracting(Group::getId)
                    .containsExactly(Groups.department("amr"));
            assertThat(identity.createUserQuery().userId("amr").singleResult().getFirstName())
                    .isEqualTo("市场监管局经办人（新）");
        } finally {
            jdbc.update("update app_user set display_name = ? where username = ?", "市场监管局经办人", "amr");
            sync.synchronize();
        }
    }

    @Test
    void disabledAccountsAreRemovedFromCamunda() {
        jdbc.update("update app_user set enabled = false where username = ?", "tax-head");
        try {
            sync.synchronize();
            assertThat(identity.createUserQuery().userId("tax-head").count()).isZero();
        } finally {
            jdbc.update("update app_user set enabled = true where username = ?", "tax-head");
            sync.synchronize();
        }
        assertThat(identity.createUserQuery().memberOfGroup(Groups.departmentHead("tax")).list())
                .extracting(User::getId).containsExactly("tax-head");
    }
}
