package org.xinyong.workflow.work.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyong.workflow.calendar.WorkDates;
import org.xinyong.workflow.cases.CaseKind;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseSearch;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.home.ShellModelInterceptor;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * The case list ({@code /work/cases}, issue 19.2): every case the user may see, of every kind, searched by subject,
 * case number, type and status, a page at a time: a department's staff their department's, the credit office and
 * supervisors all ({@link CaseSearch}).
 */
@Controller
public class CaseListController {

    static final int PAGE_SIZE = 20;

    private final CaseSearch search;
    private final CaseKinds kinds;
    private final CurrentUsers users;
    private final WorkDates dates;
    private final Departments departments;

    public CaseListController(CaseSearch search, CaseKinds kinds, CurrentUsers users, WorkDates dates,
                              Departments departments) {
        this.departments = departments;
        this.search = search;
        this.kinds = kinds;
        this.users = users;
        this.dates = dates;
    }

    /** A status of a kind, as the status filter offers it. */
    public record StatusOption(CaseType caseType, String status, String labelCode) {
    }

    /** A found case as the page shows it, its times in the business zone. */
    public record Row(CaseSearch.Row row, java.time.LocalDateTime openedAt, String departmentName) {
    }

    @GetMapping("/work/cases")
    public String list(@RequestParam(required = false) String subject,
                       @RequestParam(required = false) String number,
                       @RequestParam(required = false) String caseType,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String state,
                       @RequestParam(required = false) String page, Locale locale, Model model) {
        CurrentUser user = users.require();
        Set<String> statuses = new LinkedHashSet<>();
        List<StatusOption> options = kinds.all().stream().flatMap(kind -> kind.statuses().stream()
                .map(name -> new StatusOption(kind.type(), name, kind.statusLabelPrefix() + name))).toList();
        // a status of the chosen type only; of any type when none is chosen
        CaseType chosen = kinds.all().stream().map(CaseKind::type).filter(type -> type.name().equals(caseType))
                .findFirst().orElse(null);
        options.stream().filter(option -> chosen == null || option.caseType() == chosen)
                .forEach(option -> statuses.add(option.status()));
        CaseListQuery.Parsed parsed = CaseListQuery.parse(subject, number, caseType, status, state, page, statuses);
        CaseListQuery query = parsed.query();
        CaseSearch.Page found = search.find(user, query.criteria(), (query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("filterErrors", parsed.invalid());
        model.addAttribute("query", query);
        model.addAttribute("cases", found.rows().stream().map(row -> new Row(row, dates.local(row.openedAt()),
                departments.find(row.departmentCode()).map(department -> department.name(locale))
                        .orElse(row.departmentCode()))).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", pages);
        model.addAttribute("firstRow", found.rows().isEmpty() ? 0 : (long) (query.page() - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastRow", (long) (query.page() - 1) * PAGE_SIZE + found.rows().size());
        model.addAttribute("caseTypes", kinds.all().stream().map(CaseKind::type).toList());
        model.addAttribute("statusOptions", options);
        model.addAttribute("allDepartments", user.seesAllCases());
        model.addAttribute(ShellModelInterceptor.NAV_SECTION, "cases");
        return "work/cases";
    }
}
