package org.xinyong.workflow.work.web;


import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.RuleViolationException;
import org.xinyong.workflow.errors.InvalidFieldException;
import org.xinyong.workflow.work.CaseTasks;
import org.xinyong.workflow.work.TaskRules;
import org.xinyong.workflow.work.CaseTasks.TaskView;

/**
 * A task's page ({@code /work/tasks/{id}}): the case it belongs to and the task's form from {@code forms/}. Completing
 * the task needs the outcome's reasons where the law asks for them and the caseworker's confirmation; a task that is
 * finished or held by someone else is answered with a page that says so (409).
 */
@Controller
@RequestMapping("/work/tasks/{id}")
public class TaskPageController {

    static final String FORM = "taskForm";
    private static final String ALREADY_COMPLETED = "task.alreadyCompleted";

    private final CaseTasks tasks;
    private final TaskRows rows;
    private final TaskFormRules rules;
    private final TaskFormTemplates forms;
    private final Map<CaseType, CaseTaskPanel> panels = new EnumMap<>(CaseType.class);
    private final CurrentUsers users;
    private final WorkMessages messages;
    private final CaseKinds kinds;

    public TaskPageController(CaseTasks tasks, TaskRows rows, TaskFormRules rules, TaskFormTemplates forms,
                              List<CaseTaskPanel> panels, CurrentUsers users, WorkMessages messages,
                              CaseKinds kinds) {
        this.tasks = tasks;
        this.rows = rows;
        this.rules = rules;
        this.forms = forms;
        panels.forEach(panel -> this.panels.put(panel.type(), panel));
        this.users = users;
        this.messages = messages;
        this.kinds = kinds;
    }

    @GetMapping
    public String show(@PathVariable String id, Model model) {
        CurrentUser user = users.require();
        TaskView task = tasks.get(id, user);
        model.addAttribute(FORM, new TaskForm());
        return page(task, user, model);
    }

    @PostMapping
    public String complete(@PathVariable String id, @ModelAttribute(FORM) TaskForm form, BindingResult errors,
                           Model model, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        TaskView task = tasks.get(id, user);
        TaskRules declared = tasks.rulesOf(id, user);
        rules.check(task, declared, form, errors);
        if (errors.hasErrors()) {
            return page(task, user, model);
        }
        try {
            tasks.complete(id, form.getOutcome(), form.getComment(), rules.fields(declared, form), user);
        } catch (InvalidFieldException refused) {
            errors.rejectValue(refused.field(), refused.messageCode(), refused.messageArguments(), null);
            return page(task, user, model);
        } catch (InvalidRequestException | RuleViolationException refused) {
            errors.reject(refused.messageCode(), refused.messageArguments(), null);
            return page(task, user, model);
        }
        TaskRow row = rows.of(task, user);
        Flash.success(redirect, messages.get("work.task.completed", task.name(),
                row.caseRef() == null ? "" : row.caseRef(), messages.outcome(task.taskKey(), form.getOutcome())));
        return "redirect:/work";
    }

    /** Finished meanwhile, or claimed by a colleague: say so, with the way back to the list. */
    @ExceptionHandler(ConflictException.class)
    public ModelAndView conflict(ConflictException conflict, HttpServletRequest request) {
        if (ALREADY_COMPLETED.equals(conflict.messageCode())) {
            Optional<CurrentUser> user = users.find();
            Optional<CaseTasks.FinishedTask> done = user.flatMap(reader -> tasks.finished(taskId(request), reader));
            if (done.isPresent()) {
                // the name and the case, not the engine's task id (issue 19.7); the link only to a case one may see
                CaseRef ref = done.get().caseRef();
                CaseRef shown = ref != null && kinds.mayView(user.get(), ref) ? ref : null;
                return WorkPages.taskUnavailable(messages.get("work.task.doneOnCase", done.get().name()), shown,
                        HttpStatus.CONFLICT, users);
            }
        }
        return WorkPages.taskUnavailable(messages.get(conflict), HttpStatus.CONFLICT, users);
    }

    private static String taskId(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && map.get("id") instanceof String id ? id : "";
    }

    /** Two people completed or claimed the same task at the same moment: the other one was first. */
    @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class})
    public ModelAndView concurrentChange() {
        return WorkPages.taskUnavailable(messages.get("work.task.changedMeanwhile"), HttpStatus.CONFLICT, users);
    }

    private String page(TaskView task, CurrentUser user, Model model) {
        model.addAttribute("task", rows.of(task, user));
        model.addAttribute("outcomes", task.outcomes());
        TaskRules declared = tasks.rulesOf(task.id(), user);
        model.addAttribute("reasonOutcomes", rules.reasonOutcomes(task, declared));
        model.addAttribute("formTemplate", forms.of(task.taskKey()));
        model.addAttribute("maxComment", TaskFormRules.MAX_COMMENT);
        // the range of the extension's months as inspectRepair declares it (outcomeField extend:extendMonths:min..max)
        declared.field("extendMonths").ifPresent(field -> {
            model.addAttribute("minExtendMonths", field.min());
            model.addAttribute("maxExtendMonths", field.max());
        });
        CaseTaskPanel panel = task.caseType() == null ? null : panels.get(task.caseType());
        Long caseId = task.caseType() == null ? null
                : new CaseRef(task.caseType(), task.caseId()).numericId().orElse(null);
        if (panel != null && caseId != null) {
            CaseTaskPanel.Panel shown = panel.panel(caseId, user);
            model.addAttribute(shown.attribute(), shown.details());
            model.addAttribute("casePanel", shown);
        }
        return "work/task";
    }
}
