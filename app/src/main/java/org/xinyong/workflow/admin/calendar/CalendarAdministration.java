package org.xinyong.workflow.admin.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.CalendarDay;
import org.xinyong.workflow.calendar.CalendarDayRepository;
import org.xinyong.workflow.calendar.WorkingDayCalendar;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The administrator's edits of the holiday calendar (table {@code calendar_day}). Each edit is audited, and once it is
 * committed the {@link WorkingDayCalendar}'s cached year is dropped, so the next working-day question reads the new
 * table. Deadlines already computed keep their due dates.
 */
@Service
public class CalendarAdministration {

    static final String REF = "calendar-day";

    private final CalendarDayRepository days;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;

    public CalendarAdministration(CalendarDayRepository days, WorkingDayCalendar calendar, AuditLog audit) {
        this.days = days;
        this.calendar = calendar;
        this.audit = audit;
    }

    public List<CalendarDay> daysOf(int year) {
        return days.daysOf(year);
    }

    public CalendarDay require(LocalDate date) {
        return days.find(date).orElseThrow(() -> new NotFoundException("admin.calendar.notFound", date));
    }

    @Transactional
    public void add(CalendarDay day) {
        if (days.find(day.date()).isPresent()) {
            throw new AdminRefusal("date", "admin.calendar.error.date.duplicate", day.date().toString());
        }
        days.insert(day);
        audit.record(AdminAction.CALENDAR_DAY_ADDED, null, AdminAction.ref(REF, day.date()),
                day.type() + " " + day.name(), null);
        refreshAfterCommit(day.date().getYear());
    }

    @Transactional
    public void change(CalendarDay day) {
        CalendarDay before = require(day.date());
        days.update(day);
        audit.record(AdminAction.CALENDAR_DAY_CHANGED, null, AdminAction.ref(REF, day.date()),
                before.type() + " " + before.name() + " -> " + day.type() + " " + day.name(), null);
        refreshAfterCommit(day.date().getYear());
    }

    @Transactional
    public void delete(LocalDate date) {
        CalendarDay before = require(date);
        days.delete(date);
        audit.record(AdminAction.CALENDAR_DAY_DELETED, null, AdminAction.ref(REF, date),
                before.type() + " " + before.name(), null);
        refreshAfterCommit(date.getYear());
    }

    private void refreshAfterCommit(int year) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.refresh(year);
                }
            });
        } else {
            calendar.refresh(year);
        }
    }
}
