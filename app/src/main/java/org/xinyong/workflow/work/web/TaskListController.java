package org.xinyong.workflow.work.web;

import org.xinyong.workflow.calendar.WorkDates;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.work.CaseTasks;

/** The caseworker's task list ({@code /work}): the tasks of the user's groups, filtered and paged; claim and unclaim. */
@Controller
@RequestMapping("/work")
public class TaskListController {

    static final int PAGE_SIZE = 20;

    private final CaseTasks tasks;
    private final TaskRows rows;
    private final CurrentUsers users;
    private final List<WorkStartAction> startActions;
    private final WorkDates dates;
    private final WorkMessages messages;

    public TaskListController(CaseTasks tasks, TaskRows rows, CurrentUsers users, List<WorkStartAction> startActions,
                              WorkDates dates, WorkMessages messages) {
        this.tasks = tasks;
        this.rows = rows;
        this.users = users;
        this.startActions = List.copyOf(startActions);
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping
    public String list(@RequestParam(required = false) String caseType,
                       @RequestParam(required = false) String dueWithin,
                       @RequestParam(required = false) String dueBefore,
                       @RequestParam(required = false) String page, Model model) {
        CurrentUser user = users.require();
        // read here, not bound: a value typed wrong is a message on the form, not a JSON 400 (issue 19.7)
        TaskListQuery.Parsed parsed = TaskListQuery.parse(caseType, dueWithin, dueBefore, page);
        TaskListQuery query = parsed.query();
        model.addAttribute("filterErrors", parsed.invalid());
        CaseTasks.Page found = tasks.list(user, query.filter(dates), query.page() - 1, PAGE_SIZE);
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("tasks", rows.of(found.tasks(), user));
        model.addAttribute("total", found.total());
        model.addAttribute("pages", pages);
        model.addAttribute("firstRow", found.total() == 0 ? 0 : (long) (query.page() - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastRow", (long) (query.page() - 1) * PAGE_SIZE + found.tasks().size());
        model.addAttribute("caseTypes", Arrays.asList(CaseType.values()));
        model.addAttribute("today", dates.today());
        model.addAttribute("startLinks", startActions.stream().flatMap(action -> action.linkFor(user).stream())
                .toList());
        return "work/index";
    }

    @PostMapping("/tasks/{id}/claim")
    public String claim(@PathVariable String id, @RequestParam(required = false) String returnTo,
                        RedirectAttributes redirect) {
        try {
            CaseTasks.TaskView task = tasks.claim(id, users.require());
            Flash.success(redirect, messages.get("work.tasks.claimDone", task.name()));
        } catch (DomainException refused) {
            Flash.error(redirect, messages.get(refused));
        }
        return "redirect:" + safeReturn(returnTo);
    }

    @PostMapping("/tasks/{id}/unclaim")
    public String unclaim(@PathVariable String id, @RequestParam(required = false) String returnTo,
                          RedirectAttributes redirect) {
        try {
            CaseTasks.TaskView task = tasks.unclaim(id, users.require());
            Flash.success(redirect, messages.get("work.tasks.unclaimDone", task.name()));
        } catch (DomainException refused) {
            Flash.error(redirect, messages.get(refused));
        }
        return "redirect:" + safeReturn(returnTo);
    }

    /** Back to the list the user came from; only paths of the workspace, never another site. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/work") || returnTo.contains("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n")) {
            return "/work";
        }
        return returnTo;
    }
}
