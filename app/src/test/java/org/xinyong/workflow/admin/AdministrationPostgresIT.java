package org.xinyong.workflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyong.workflow.admin.calendar.CalendarAdministration;
import org.xinyong.workflow.admin.measures.MeasureAdministration;
import org.xinyong.workflow.admin.rules.RuleSetUsage;
import org.xinyong.workflow.admin.users.NewUserForm;
import org.xinyong.workflow.admin.users.UserAdministration;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.calendar.CalendarDay;
import org.xinyong.workflow.calendar.CalendarDayRepository;
import org.xinyong.workflow.calendar.DayType;
import org.xinyong.workflow.calendar.WorkingDayCalendar;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.support.PostgresIntegrationTest;

/**
 * The administration services' SQL on PostgreSQL: V1_10 (measure deactivation), calendar edits, the rule-set usage
 * query, and people changes mirrored into Camunda's identity tables, each with its audit row.
 */
@PostgresIntegrationTest
class AdministrationPostgresIT {

    @Autowired UserAdministration users;
    @Autowired PeopleRepository people;
    @Autowired IdentityService camunda;
    @Autowired CalendarAdministration calendar;
    @Autowired CalendarDayRepository days;
    @Autowired WorkingDayCalendar workingDays;
    @Autowired MeasureAdministration measures;
    @Autowired MeasureCatalogue catalogue;
    @Autowired RuleSetUsage ruleSetUsage;
    @Autowired AuditTrail audit;

    @Test
    void accountChangesReachCamundaAndTheAuditLog() {
        String username = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        NewUserForm form = new NewUserForm();
        form.setUsername(username);
        form.setDisplayName("环境局经办人");
        form.setPassword("long-enough-password");
        form.setRole("STAFF");
        form.setDepartmentCode("env");
        form.setGroups(List.of("dept-env"));

        users.create(form);
        users.changeMembership(username, "env", java.util.Set.of("dept-env", "dept-env-head"));
        assertThat(camunda.createGroupQuery().groupMember(username).list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("dept-env", "dept-env-head");

        users.disable(username, "admin");
        assertThat(people.findUser(username)).get().extracting(AppUser::enabled).isEqualTo(false);
        assertThat(camunda.createUserQuery().userId(username).count()).isZero();
        assertThat(audit.find(null, "user:" + username, 0, 10)).extracting(entry -> entry.action())
                .containsExactly("USER_DISABLED", "USER_MEMBERSHIP_CHANGED", "USER_CREATED");
    }

    @Test
    void calendarEditsAreStoredAndCountedAtOnce() {
        LocalDate tuesday = LocalDate.of(2091, 5, 8);
        days.delete(tuesday);
        workingDays.refresh(2091);
        assertThat(workingDays.isWorkingDay(tuesday)).isTrue();

        calendar.add(new CalendarDay(tuesday, DayType.HOLIDAY, "测试假日"));
        assertThat(workingDays.isWorkingDay(tuesday)).isFalse();
        calendar.change(new CalendarDay(tuesday, DayType.HOLIDAY, "测试假日（改）"));
        assertThat(days.find(tuesday)).get().extracting(CalendarDay::name).isEqualTo("测试假日（改）");
        calendar.delete(tuesday);
        assertThat(workingDays.isWorkingDay(tuesday)).isTrue();
    }

    @Test
    void deactivatedMeasureLeavesTheOfferButNotTheCatalogue() {
        String code = "M-PG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        measures.add(new SanctionMeasure(code, "测试措施", "Test measure", MeasureDomain.LIFE_HEALTH, false,
                "《测试条例》", null, "seed000 §五(四)"));
        assertThat(catalogue.forDomain(MeasureDomain.LIFE_HEALTH)).extracting(SanctionMeasure::code).contains(code);

        measures.deactivate(code);

        assertThat(catalogue.forDomain(MeasureDomain.LIFE_HEALTH)).extracting(SanctionMeasure::code)
                .doesNotContain(code);
        assertThat(catalogue.inactiveCodes()).contains(code);
        assertThat(catalogue.find(code)).isPresent();
        assertThat(catalogue.usageCount(code)).isZero();
    }

    @Test
    void ruleSetUsageQueryRuns() {
        assertThat(ruleSetUsage.idsUsedByCases()).doesNotContainNull();
    }
}
