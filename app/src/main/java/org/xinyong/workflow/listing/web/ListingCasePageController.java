package org.xinyong.workflow.listing.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.listing.ListingCases;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.work.CaseTasks;
import org.xinyong.workflow.work.web.OpenTask;
import org.xinyong.workflow.work.web.TaskRows;

/**
 * A listing case's page ({@code /work/cases/LISTING/{id}}): details, status, deadlines, documents, the open tasks and
 * the timeline. {@code ListingCases.view} decides who may see it (another department's case is "not found") and
 * logs the view. Other lifecycles add their sections ({@link ListingPageSection}): the credit office's objection to
 * the published listing (DOMAIN Lifecycle B.1).
 */
@Controller
public class ListingCasePageController {

    public static final String PAGE = "/work/cases/LISTING/";

    private final ListingCases listingCases;
    private final ListingCaseDetailsReader details;
    private final CaseTasks tasks;
    private final TaskRows rows;
    private final CurrentUsers users;
    private final List<ListingPageSection> sections;

    public ListingCasePageController(ListingCases listingCases, ListingCaseDetailsReader details, CaseTasks tasks,
                                     TaskRows rows, CurrentUsers users, List<ListingPageSection> sections) {
        this.listingCases = listingCases;
        this.details = details;
        this.tasks = tasks;
        this.rows = rows;
        this.users = users;
        this.sections = List.copyOf(sections);
    }

    @GetMapping(PAGE + "{id}")
    public String show(@PathVariable long id, Model model) {
        return page(id, users.require(), model);
    }

    /** The case's details as the page shows them (access checked and the view logged). */
    public ListingCaseDetails details(long id, CurrentUser user) {
        return details.of(listingCases.view(id, user));
    }

    /** The page, with the sections other lifecycles add; also for their forms' answers with errors. */
    public String page(long id, CurrentUser user, Model model) {
        ListingCaseDetails listing = details(id, user);
        List<OpenTask> open = tasks.openOf(new CaseRef(CaseType.LISTING, String.valueOf(id))).stream()
                .map(task -> new OpenTask(rows.of(task, user), tasks.isWorkableBy(task.id(), user)))
                .toList();
        model.addAttribute("listing", listing);
        model.addAttribute("openTasks", open);
        model.addAttribute("sections", sections.stream()
                .flatMap(section -> section.addTo(model, listing, user).stream()).toList());
        return "work/case-listing";
    }
}
