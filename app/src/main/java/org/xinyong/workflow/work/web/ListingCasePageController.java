package org.xinyong.workflow.work.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyong.workflow.deadline.CaseType;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCases;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.work.CaseRef;
import org.xinyong.workflow.work.CaseTasks;

/**
 * A listing case's page ({@code /work/cases/LISTING/{id}}): details, status, deadlines, documents, the open tasks and
 * the timeline. {@code ListingCases.view} decides who may see it (another department's case is "not found") and
 * logs the view.
 */
@Controller
public class ListingCasePageController {

    /** An open task of the case; {@code workable} when it is in the signed-in user's task list. */
    public record OpenTask(TaskRow task, boolean workable) {
    }

    private final ListingCases listingCases;
    private final ListingCaseDetailsReader details;
    private final CaseTasks tasks;
    private final TaskRows rows;
    private final CurrentUsers users;

    public ListingCasePageController(ListingCases listingCases, ListingCaseDetailsReader details, CaseTasks tasks,
                                     TaskRows rows, CurrentUsers users) {
        this.listingCases = listingCases;
        this.details = details;
        this.tasks = tasks;
        this.rows = rows;
        this.users = users;
    }

    @GetMapping("/work/cases/LISTING/{id}")
    public String show(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        ListingCase listingCase = listingCases.view(id, user);
        List<OpenTask> open = tasks.openOf(new CaseRef(CaseType.LISTING, String.valueOf(id))).stream()
                .map(task -> new OpenTask(rows.of(task, user), tasks.isWorkableBy(task.id(), user)))
                .toList();
        model.addAttribute("listing", details.of(listingCase));
        model.addAttribute("openTasks", open);
        return "work/case-listing";
    }
}
