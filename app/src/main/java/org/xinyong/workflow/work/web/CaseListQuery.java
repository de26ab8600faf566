package org.xinyong.workflow.work.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseSearch;
import org.xinyong.workflow.cases.CaseType;

/**
 * The case list's search as the page sends it ({@code /work/cases}): subject name or code, case number, case type,
 * status, open or closed, and the page (1-based). A value that cannot be read is left out and named in
 * {@link Parsed#invalid()} for the form to show, never answered as an error page.
 *
 * @param state {@code open}, {@code closed} or {@code null} for both
 */
public record CaseListQuery(String subject, String number, CaseType caseType, String status, String state, int page) {

    static final int MAX_TEXT = 100;
    private static final Pattern NUMBER = Pattern.compile("([A-Za-z]+-)?\\d{1,18}");

    public CaseListQuery {
        page = Math.max(1, page);
    }

    /**
     * @param statuses every status the case kinds know (of the chosen case type when one is given)
     */
    public static Parsed parse(String subject, String number, String caseType, String status, String state,
                               String page, Set<String> statuses) {
        Map<String, String> invalid = new LinkedHashMap<>();
        String subjectText = blank(subject) ? null : subject.strip();
        if (subjectText != null && subjectText.length() > MAX_TEXT) {
            invalid.put("subject", subjectText.substring(0, MAX_TEXT) + "…");
            subjectText = null;
        }
        String numberText = blank(number) ? null : number.strip();
        if (numberText != null && (!NUMBER.matcher(numberText).matches()
                || (numberText.contains("-") && CaseRef.fromBusinessKey(numberText.toUpperCase(Locale.ROOT)).isEmpty()))) {
            invalid.put("number", numberText.length() > MAX_TEXT ? numberText.substring(0, MAX_TEXT) + "…" : numberText);
            numberText = null;
        }
        CaseType type = null;
        if (!blank(caseType)) {
            try {
                type = CaseType.valueOf(caseType.strip());
            } catch (IllegalArgumentException e) {
                invalid.put("caseType", caseType);
            }
        }
        String statusName = blank(status) ? null : status.strip();
        if (statusName != null && !statuses.contains(statusName)) {
            invalid.put("status", statusName);
            statusName = null;
        }
        String stateName = blank(state) ? null : state.strip();
        if (stateName != null && !stateName.equals("open") && !stateName.equals("closed")) {
            invalid.put("state", stateName);
            stateName = null;
        }
        int pageNumber = 1;
        if (!blank(page)) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                pageNumber = 1; // a link's page, never typed: the first page
            }
        }
        return new Parsed(new CaseListQuery(subjectText, numberText, type, statusName, stateName, pageNumber),
                invalid);
    }

    /** @param invalid the fields whose value could not be read, with the value as given */
    public record Parsed(CaseListQuery query, Map<String, String> invalid) {
        public Parsed {
            invalid = Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isFiltered() {
        return subject != null || number != null || caseType != null || status != null || state != null;
    }

    CaseSearch.Criteria criteria() {
        return new CaseSearch.Criteria(caseType, subject, number, status,
                Optional.ofNullable(state).map("open"::equals).orElse(null));
    }

    /** The link to another page of the same list. */
    public String link(int targetPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/work/cases");
        if (subject != null) {
            link.queryParam("subject", subject);
        }
        if (number != null) {
            link.queryParam("number", number);
        }
        if (caseType != null) {
            link.queryParam("caseType", caseType.name());
        }
        if (status != null) {
            link.queryParam("status", status);
        }
        if (state != null) {
            link.queryParam("state", state);
        }
        if (targetPage > 1) {
            link.queryParam("page", targetPage);
        }
        return link.encode().build().toUriString();
    }
}
