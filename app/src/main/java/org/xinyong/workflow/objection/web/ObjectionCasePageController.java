package org.xinyong.workflow.objection.web;

import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.TaskRows;
import org.xinyong.workflow.work.web.WorkMessages;
import org.xinyong.workflow.work.web.WorkPages;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.ObjectionAccess;
import org.xinyong.workflow.objection.ObjectionStatus;
import org.xinyong.workflow.objection.Objections;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.work.CaseTasks;
import org.xinyong.workflow.work.web.OpenTask;

/**
 * An objection's page ({@code /work/cases/OBJECTION/{id}}): grounds, the listing it concerns, the verification period,
 * evidence, documents, open tasks and timeline; and, for the identifying department while it verifies, the request
 * for supplementary evidence (DOMAIN Lifecycle B.6). {@code Objections.view} decides who may see it (another
 * department's objection is "not found") and logs the view.
 */
@Controller
public class ObjectionCasePageController {

    static final String PAGE = "/work/cases/OBJECTION/";
    static final String FORM = "evidenceForm";

    /**
     * A suggestion for the respond-by day the form starts with; the caseworker sets the day the case needs (no rule
     * set fixes it: DOMAIN Lifecycle B.6 only stops the verification period meanwhile).
     */
    static final int DEFAULT_RESPOND_DAYS = 10;

    private final Objections objections;
    private final ObjectionAccess access;
    private final ObjectionCaseDetailsReader details;
    private final CaseTasks tasks;
    private final TaskRows rows;
    private final CurrentUsers users;
    private final WorkMessages messages;
    private final BusinessClock clock;

    public ObjectionCasePageController(Objections objections, ObjectionAccess access,
                                       ObjectionCaseDetailsReader details, CaseTasks tasks, TaskRows rows,
                                       CurrentUsers users, WorkMessages messages, BusinessClock clock) {
        this.objections = objections;
        this.access = access;
        this.details = details;
        this.tasks = tasks;
        this.rows = rows;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE + "{id}")
    public String show(@PathVariable long id, Model model) {
        EvidenceRequestForm form = new EvidenceRequestForm();
        form.setRespondBy(clock.today().plusDays(DEFAULT_RESPOND_DAYS));
        model.addAttribute(FORM, form);
        return page(id, users.require(), model);
    }

    @PostMapping(PAGE + "{id}/evidence-requests")
    public String requestEvidence(@PathVariable long id, @ModelAttribute(FORM) EvidenceRequestForm form,
                                  BindingResult errors, Model model, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        String note = form.getNote() == null ? "" : form.getNote().trim();
        if (note.isEmpty()) {
            errors.rejectValue("note", "work.evidence.note.required");
        } else if (note.length() > EvidenceRequestForm.MAX_NOTE) {
            errors.rejectValue("note", "work.evidence.note.tooLong", new Object[] {EvidenceRequestForm.MAX_NOTE},
                    null);
        }
        if (!errors.hasFieldErrors("respondBy")
                && (form.getRespondBy() == null || !form.getRespondBy().isAfter(clock.today()))) {
            errors.rejectValue("respondBy", "work.evidence.respondBy.future");
        }
        if (!form.isConfirmed()) {
            errors.rejectValue("confirmed", "work.evidence.confirm.required");
        }
        if (errors.hasErrors()) {
            return page(id, user, model);
        }
        try {
            objections.requestEvidence(id, note, form.getRespondBy(), user);
        } catch (InvalidRequestException refused) {
            errors.reject(refused.messageCode(), refused.messageArguments(), null);
            return page(id, user, model);
        }
        Flash.success(redirect, messages.get("work.evidence.requested", form.getRespondBy()));
        return "redirect:" + PAGE + id;
    }

    /** The objection left the verification meanwhile (decided, or evidence already requested): say so on its page. */
    @ExceptionHandler(ConflictException.class)
    public ModelAndView conflict(ConflictException conflict) {
        return WorkPages.taskUnavailable(messages.get(conflict), HttpStatus.CONFLICT, users);
    }

    private String page(long id, CurrentUser user, Model model) {
        Objection objection = objections.view(id, user);
        List<OpenTask> open = tasks.openOf(new CaseRef(CaseType.OBJECTION, String.valueOf(id))).stream()
                .map(task -> new OpenTask(rows.of(task, user), tasks.isWorkableBy(task.id(), user)))
                .toList();
        model.addAttribute("objection", details.of(objection));
        model.addAttribute("openTasks", open);
        model.addAttribute("mayRequestEvidence",
                access.verifies(user, objection) && objection.status() == ObjectionStatus.VERIFYING);
        model.addAttribute("minRespondBy", clock.today().plusDays(1));
        model.addAttribute("maxNote", EvidenceRequestForm.MAX_NOTE);
        return "work/case-objection";
    }
}
