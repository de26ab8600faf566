package org.xinyong.workflow.admin.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;
import org.xinyong.workflow.audit.AuditFilter;

/**
 * The audit log page's filters as sent ({@code /admin/audit}): subject code, case key, action, actor, date range and
 * page (1-based). A value that cannot be read is left out and named in {@link Parsed#invalid()} for the form.
 */
public record AuditLogQuery(String subjectCode, String caseRef, String action, String actor, LocalDate from,
                            LocalDate to, int page) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,32}");
    private static final Pattern CASE_REF = Pattern.compile("[A-Z][A-Z_]*-[0-9A-Za-z]{1,40}");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_TEXT = 100;

    public AuditLogQuery {
        page = Math.max(1, page);
    }

    public static Parsed parse(String subjectCode, String caseRef, String action, String actor, String from,
                               String to, String page) {
        Map<String, String> invalid = new LinkedHashMap<>();
        String code = upper(subjectCode);
        if (code != null && !CODE.matcher(code).matches()) {
            invalid.put("subjectCode", cut(subjectCode));
            code = null;
        }
        String ref = upper(caseRef);
        if (ref != null && !CASE_REF.matcher(ref).matches()) {
            invalid.put("caseRef", cut(caseRef));
            ref = null;
        }
        String actionName = upper(action);
        if (actionName != null && !ACTION.matcher(actionName).matches()) {
            invalid.put("action", cut(action));
            actionName = null;
        }
        String actorName = blank(actor) ? null : actor.strip();
        if (actorName != null && actorName.length() > MAX_TEXT) {
            invalid.put("actor", cut(actor));
            actorName = null;
        }
        LocalDate fromDay = day(from, "from", invalid);
        LocalDate toDay = day(to, "to", invalid);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            invalid.put("range", from.strip() + " – " + to.strip());
            toDay = null;
        }
        int pageNumber = 1;
        if (!blank(page)) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                pageNumber = 1;
            }
        }
        return new Parsed(new AuditLogQuery(code, ref, actionName, actorName, fromDay, toDay, pageNumber), invalid);
    }

    /** @param invalid the fields whose value could not be read, with the value as given */
    public record Parsed(AuditLogQuery query, Map<String, String> invalid) {
        public Parsed {
            invalid = Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
        }
    }

    AuditFilter filter() {
        return new AuditFilter(subjectCode, caseRef, action, actor, from, to);
    }

    public boolean isFiltered() {
        return subjectCode != null || caseRef != null || action != null || actor != null || from != null
                || to != null;
    }

    /** This list at another page ({@code path} {@code /admin/audit}) or as CSV ({@code /admin/audit.csv}). */
    public String link(String path, int targetPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "subjectCode", subjectCode);
        add(link, "caseRef", caseRef);
        add(link, "action", action);
        add(link, "actor", actor);
        add(link, "from", from);
        add(link, "to", to);
        if (targetPage > 1) {
            link.queryParam("page", targetPage);
        }
        return link.encode().build().toUriString();
    }

    public String link(int targetPage) {
        return link("/admin/audit", targetPage);
    }

    public String csvLink() {
        return link("/admin/audit.csv", 1);
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    private static LocalDate day(String value, String field, Map<String, String> invalid) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            invalid.put(field, cut(value));
            return null;
        }
    }

    private static String upper(String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String cut(String value) {
        String stripped = value.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) + "…" : stripped;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
