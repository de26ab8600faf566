package org.xinyong.workflow.admin.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.CalendarDay;
import org.xinyong.workflow.calendar.CalendarDayRepository;
import org.xinyong.workflow.calendar.DayType;
import org.xinyong.workflow.calendar.WorkingDayCalendar;

class CalendarAdministrationTest {

    private static final CalendarDay NATIONAL_DAY =
            new CalendarDay(LocalDate.parse("2028-10-02"), DayType.HOLIDAY, "国庆节");

    private final CalendarDayRepository days = mock(CalendarDayRepository.class);
    private final WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final CalendarAdministration administration = new CalendarAdministration(days, calendar, audit);

    @Test
    void addingWritesAuditsAndForgetsTheCachedYear() {
        administration.add(NATIONAL_DAY);

        InOrder order = inOrder(days, audit, calendar);
        order.verify(days).insert(NATIONAL_DAY);
        order.verify(audit).record(eq(AdminAction.CALENDAR_DAY_ADDED), any(), eq("calendar-day:2028-10-02"),
                eq("HOLIDAY 国庆节"), any());
        order.verify(calendar).refresh(2028);
    }

    @Test
    void aDayIsNeverAddedTwice() {
        when(days.find(NATIONAL_DAY.date())).thenReturn(Optional.of(NATIONAL_DAY));

        assertThatThrownBy(() -> administration.add(NATIONAL_DAY)).isInstanceOf(AdminRefusal.class);
        verify(days, never()).insert(any());
        verify(calendar, never()).refresh(2028);
    }

    @Test
    void deletingAuditsWhatWasThere() {
        when(days.find(NATIONAL_DAY.date())).thenReturn(Optional.of(NATIONAL_DAY));

        administration.delete(NATIONAL_DAY.date());

        verify(days).delete(NATIONAL_DAY.date());
        verify(audit).record(eq(AdminAction.CALENDAR_DAY_DELETED), any(), eq("calendar-day:2028-10-02"),
                eq("HOLIDAY 国庆节"), any());
        verify(calendar).refresh(2028);
    }
}
