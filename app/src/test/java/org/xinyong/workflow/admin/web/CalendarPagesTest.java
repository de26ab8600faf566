package org.xinyong.workflow.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.audit.AuditEntry;
import org.xinyong.workflow.calendar.CalendarDayRepository;
import org.xinyong.workflow.calendar.DayType;
import org.xinyong.workflow.calendar.WorkingDayCalendar;

/** The holiday calendar ({@code /admin/calendar}): validation, the working-day calendar refreshed, audit, access. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CalendarPagesTest extends AdminPageSupport {

    @Autowired
    CalendarDayRepository days;
    @Autowired
    WorkingDayCalendar workingDays;

    /** Removes the days the tests added, so that other tests count working days on the shipped calendar. */
    @AfterEach
    void removeAddedDays() {
        for (String day : List.of("2031-03-08", "2031-05-06", "2033-09-14")) {
            days.delete(LocalDate.parse(day));
        }
        workingDays.refresh();
    }

    @Test
    void yearPageListsTheShippedHolidays() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/admin/calendar").param("year", "2026")
                .with(user(account("admin")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#day-2026-10-01").text()).contains("国庆节", "节假日");
        assertThat(page.select("#day-2026-01-04").text()).contains("调休上班日");
        assertThat(page.select("#year-next").attr("href")).isEqualTo("/admin/calendar?year=2027");
    }

    @Test
    void makeUpWorkingDayOnAWeekdayIsRefusedWithTheValuesKept() throws Exception {
        Document page = reshown("/admin/calendar/2031/days", day("2031-03-05", "WORKDAY", "调休上班"));

        assertThat(page.select("#type").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#type ~ .invalid-feedback").text()).contains("2031-03-05", "周六或周日");
        assertThat(page.select("#date").val()).isEqualTo("2031-03-05");
        assertThat(page.select("#name").val()).isEqualTo("调休上班");
        assertThat(days.find(LocalDate.parse("2031-03-05"))).isEmpty();
    }

    @Test
    void dateOutsideTheYearAndMissingNameAreNamed() throws Exception {
        Document page = reshown("/admin/calendar/2031/days", day("2032-06-01", "HOLIDAY", " "));

        assertThat(page.select("#form-errors a").eachAttr("href")).containsExactly("#date", "#name");
        assertThat(page.select("#date ~ .invalid-feedback").text()).contains("2031");
    }

    @Test
    void holidayOnAWeekendNeedsConfirmation() throws Exception {
        Map<String, Object> form = day("2031-03-08", "HOLIDAY", "妇女节");
        Document page = reshown("/admin/calendar/2031/days", form);
        assertThat(page.select("#acknowledgeWeekend-group .invalid-feedback").text()).contains("周末");
        assertThat(days.find(LocalDate.parse("2031-03-08"))).isEmpty();

        form.put("acknowledgeWeekend", "true");
        mvc.perform(postAsAdmin("/admin/calendar/2031/days", form))
                .andExpect(redirectedUrl("/admin/calendar?year=2031"));
        assertThat(days.find(LocalDate.parse("2031-03-08"))).isPresent();
    }

    @Test
    void addedHolidayIsARestDayAtOnceIsAuditedAndCannotBeAddedTwice() throws Exception {
        LocalDate date = LocalDate.parse("2031-05-06");
        assertThat(workingDays.isWorkingDay(date)).as("cached before the change").isTrue();

        mvc.perform(postAsAdmin("/admin/calendar/2031/days", day(date.toString(), "HOLIDAY", "劳动节")))
                .andExpect(redirectedUrl("/admin/calendar?year=2031"));

        assertThat(workingDays.isWorkingDay(date)).isFalse();
        assertThat(auditOf("calendar-day:2031-05-06")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CALENDAR_DAY_ADDED");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains("HOLIDAY", "劳动节");
        });
        Document again = reshown("/admin/calendar/2031/days", day(date.toString(), "HOLIDAY", "劳动节"));
        assertThat(again.select("#date ~ .invalid-feedback").text()).contains("已登记");
    }

    @Test
    void changingAndDeletingADayAfterConfirmation() throws Exception {
        LocalDate date = LocalDate.parse("2033-09-14");
        mvc.perform(postAsAdmin("/admin/calendar/2033/days", day(date.toString(), "HOLIDAY", "中秋")))
                .andExpect(status().isFound());

        mvc.perform(postAsAdmin("/admin/calendar/days/" + date, day(date.toString(), "HOLIDAY", "中秋节")))
                .andExpect(redirectedUrl("/admin/calendar?year=2033"));
        assertThat(days.find(date)).get().satisfies(day -> {
            assertThat(day.name()).isEqualTo("中秋节");
            assertThat(day.type()).isEqualTo(DayType.HOLIDAY);
        });

        Document confirm = Jsoup.parse(mvc.perform(get("/admin/calendar/days/" + date + "/delete")
                .with(user(account("admin")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(confirm.select("form:has(#confirm-delete) input[name=_csrf]")).hasSize(1);
        assertThat(days.find(date)).as("not before confirming").isPresent();

        mvc.perform(postAsAdmin("/admin/calendar/days/" + date + "/delete", Map.of()))
                .andExpect(redirectedUrl("/admin/calendar?year=2033"));

        assertThat(days.find(date)).isEmpty();
        assertThat(workingDays.isWorkingDay(date)).isTrue();
        assertThat(auditOf("calendar-day:2033-09-14")).extracting(AuditEntry::action)
                .containsExactly("CALENDAR_DAY_DELETED", "CALENDAR_DAY_CHANGED", "CALENDAR_DAY_ADDED");
    }

    @Test
    void onlyAdministratorsEditTheCalendar() throws Exception {
        mvc.perform(get("/admin/calendar").with(user(account("supervisor")))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/2031/days").with(user(account("credit"))).with(csrf())
                        .param("date", "2031-05-07").param("type", "HOLIDAY").param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(postAsAdmin("/admin/calendar/days/2026-10-01/delete", Map.of()).with(user(account("amr"))))
                .andExpect(status().isForbidden());
        assertThat(days.find(LocalDate.parse("2026-10-01"))).isPresent();
    }

    private static Map<String, Object> day(String date, String type, String name) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("date", date);
        form.put("type", type);
        form.put("name", name);
        return form;
    }
}
