package org.xinyong.workflow.admin.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.xinyong.workflow.admin.calendar.CalendarAdministration;
import org.xinyong.workflow.admin.calendar.CalendarDayForm;
import org.xinyong.workflow.admin.calendar.CalendarDayValidator;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarDay;
import org.xinyong.workflow.calendar.DayType;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.WorkMessages;

/** The holiday calendar per year ({@code /admin/calendar?year=}): holidays and make-up working days. */
@Controller
@RequestMapping("/admin/calendar")
public class CalendarPagesController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CalendarAdministration calendar;
    private final CalendarDayValidator validator;
    private final BusinessClock clock;
    private final WorkMessages messages;

    public CalendarPagesController(CalendarAdministration calendar, CalendarDayValidator validator,
                                   BusinessClock clock, WorkMessages messages) {
        this.calendar = calendar;
        this.validator = validator;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    public String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? clock.today().getYear() : checked(year);
        model.addAttribute("day", new CalendarDayForm());
        return yearPage(shown, model);
    }

    @PostMapping("/{year}/days")
    public String add(@PathVariable int year, @ModelAttribute("day") CalendarDayForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        checked(year);
        Optional<CalendarDay> day = validator.validate(form, year, true, errors);
        if (day.isPresent()) {
            try {
                calendar.add(day.get());
                Flash.success(redirect, messages.get("admin.calendar.added", day.get().date().toString()));
                return "redirect:/admin/calendar?year=" + year;
            } catch (AdminRefusal refusal) {
                AdminPages.reject(errors, refusal);
            }
        }
        return yearPage(year, model);
    }

    @GetMapping("/days/{date}")
    public String edit(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        CalendarDay day = calendar.require(date);
        CalendarDayForm form = new CalendarDayForm();
        form.setDate(date.toString());
        form.setType(day.type().name());
        form.setName(day.name());
        form.setAcknowledgeWeekend(day.type() == DayType.HOLIDAY);
        model.addAttribute("day", form);
        return editPage(day, model);
    }

    @PostMapping("/days/{date}")
    public String change(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @ModelAttribute("day") CalendarDayForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        CalendarDay existing = calendar.require(date);
        form.setDate(date.toString());
        Optional<CalendarDay> day = validator.validate(form, date.getYear(), false, errors);
        if (day.isEmpty()) {
            return editPage(existing, model);
        }
        calendar.change(day.get());
        Flash.success(redirect, messages.get("admin.calendar.changed", date.toString()));
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    /** The confirmation step before a day is deleted. */
    @GetMapping("/days/{date}/delete")
    public String confirmDelete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                Model model) {
        model.addAttribute("calendarDay", calendar.require(date));
        return "admin/calendar-delete";
    }

    @PostMapping("/days/{date}/delete")
    public String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         RedirectAttributes redirect) {
        calendar.delete(date);
        Flash.success(redirect, messages.get("admin.calendar.deleted", date.toString()));
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    private String yearPage(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.daysOf(year));
        model.addAttribute("dayTypes", Arrays.asList(DayType.values()));
        model.addAttribute("previousYear", year > FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < LAST_YEAR ? year + 1 : null);
        return "admin/calendar";
    }

    private String editPage(CalendarDay day, Model model) {
        model.addAttribute("calendarDay", day);
        model.addAttribute("dayTypes", Arrays.asList(DayType.values()));
        return "admin/calendar-day";
    }

    private static int checked(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new NotFoundException("admin.calendar.yearOutOfRange", FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }
}
