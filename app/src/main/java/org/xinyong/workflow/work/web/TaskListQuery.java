package org.xinyong.workflow.work.web;

import org.xinyong.workflow.calendar.WorkDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.work.CaseTasks;

/**
 * The filters of the task list as the page sends them: case type, "due within N days" or "due on or before a day",
 * and the page (1-based). Values out of range are brought into range rather than refused.
 *
 * @param dueWithin days from today; {@code dueBefore} wins when both are given
 */
public record TaskListQuery(CaseType caseType, Integer dueWithin, LocalDate dueBefore, int page) {

    static final int MAX_DUE_WITHIN = 366;

    public TaskListQuery {
        dueWithin = dueWithin == null ? null : Math.max(0, Math.min(MAX_DUE_WITHIN, dueWithin));
        page = Math.max(1, page);
    }

    /**
     * The filters as typed into the page's form (or the address bar): a value that is not a number, a date or a case
     * type is left out of the query and named in {@link Parsed#invalid()}, for the form to show (issue 19.7:
     * {@code dueWithin=abc} answered raw JSON).
     */
    public static Parsed parse(String caseType, String dueWithin, String dueBefore, String page) {
        Map<String, String> invalid = new LinkedHashMap<>();
        CaseType type = null;
        if (!blank(caseType)) {
            try {
                type = CaseType.valueOf(caseType.trim());
            } catch (IllegalArgumentException e) {
                invalid.put("caseType", caseType);
            }
        }
        Integer days = null;
        if (!blank(dueWithin)) {
            try {
                days = Integer.valueOf(dueWithin.trim());
            } catch (NumberFormatException e) {
                invalid.put("dueWithin", dueWithin);
            }
        }
        LocalDate day = null;
        if (!blank(dueBefore)) {
            try {
                day = LocalDate.parse(dueBefore.trim());
            } catch (DateTimeParseException e) {
                invalid.put("dueBefore", dueBefore);
            }
        }
        int pageNumber = 1;
        if (!blank(page)) {
            try {
                pageNumber = Integer.parseInt(page.trim());
            } catch (NumberFormatException e) {
                pageNumber = 1; // a link's page, never typed: the first page
            }
        }
        return new Parsed(new TaskListQuery(type, days, day, pageNumber), invalid);
    }

    /**
     * @param invalid the fields whose value could not be read, with the value as given
     */
    public record Parsed(TaskListQuery query, Map<String, String> invalid) {
        public Parsed {
            invalid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isFiltered() {
        return caseType != null || dueWithin != null || dueBefore != null;
    }

    /** The last day a task's deadline may have to be listed, or {@code null} for any. */
    LocalDate lastDayLimit(LocalDate today) {
        if (dueBefore != null) {
            return dueBefore;
        }
        return dueWithin == null ? null : today.plusDays(dueWithin);
    }

    CaseTasks.Filter filter(WorkDates dates) {
        LocalDate limit = lastDayLimit(dates.today());
        Instant dueBeforeInstant = limit == null ? null : dates.endOf(limit);
        return new CaseTasks.Filter(caseType, dueBeforeInstant);
    }

    /** The link to another page of the same list. */
    public String link(int targetPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/work");
        if (caseType != null) {
            link.queryParam("caseType", caseType.name());
        }
        if (dueWithin != null) {
            link.queryParam("dueWithin", dueWithin);
        }
        if (dueBefore != null) {
            link.queryParam("dueBefore", dueBefore);
        }
        if (targetPage > 1) {
            link.queryParam("page", targetPage);
        }
        return link.encode().build().toUriString();
    }

    /** This list again (after claiming or unclaiming a task). */
    public String self() {
        return link(page);
    }
}
