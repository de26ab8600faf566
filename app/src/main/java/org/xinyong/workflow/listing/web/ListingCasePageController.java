package org.xinyong.workflow.listing.web;

import org.xinyong.workflow.objection.web.OfficialObjectionForm;
import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.TaskRow;
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
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.listing.ListingCaseStatus;
import org.xinyong.workflow.listing.ListingCases;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.Objections;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.work.CaseTasks;

/**
 * A listing case's page ({@code /work/cases/LISTING/{id}}): details, status, deadlines, documents, the open tasks and
 * the timeline. {@code ListingCases.view} decides who may see it (another department's case is "not found") and
 * logs the view. The credit office may raise an objection to the published listing from here (DOMAIN Lifecycle B.1).
 */
@Controller
public class ListingCasePageController {

    static final String PAGE = "/work/cases/LISTING/";
    static final String OBJECTION_FORM = "objectionForm";

    /** An open task of the case; {@code workable} when it is in the signed-in user's task list. */
    public record OpenTask(TaskRow task, boolean workable) {
    }

    private final ListingCases listingCases;
    private final ListingCaseDetailsReader details;
    private final CaseTasks tasks;
    private final TaskRows rows;
    private final CurrentUsers users;
    private final Objections objections;
    private final WorkMessages messages;

    public ListingCasePageController(ListingCases listingCases, ListingCaseDetailsReader details, CaseTasks tasks,
                                     TaskRows rows, CurrentUsers users, Objections objections,
                                     WorkMessages messages) {
        this.listingCases = listingCases;
        this.details = details;
        this.tasks = tasks;
        this.rows = rows;
        this.users = users;
        this.objections = objections;
        this.messages = messages;
    }

    @GetMapping(PAGE + "{id}")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute(OBJECTION_FORM, new OfficialObjectionForm());
        return page(id, users.require(), model);
    }

    /** The credit office finds the published information wrong: an objection, with the sanctions suspended at once. */
    @PostMapping(PAGE + "{id}/objections")
    public String raiseObjection(@PathVariable long id, @ModelAttribute(OBJECTION_FORM) OfficialObjectionForm form,
                                 BindingResult errors, Model model, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        ListingCaseDetails listing = details.of(listingCases.view(id, user));
        if (!mayRaiseObjection(user, listing)) {
            throw new ConflictException("objection.listingNotActive", listing.view().listingId());
        }
        String grounds = form.getGrounds() == null ? "" : form.getGrounds().trim();
        if (grounds.isEmpty() || grounds.length() > OfficialObjectionForm.MAX_GROUNDS) {
            errors.rejectValue("grounds", "work.objection.grounds.required",
                    new Object[] {OfficialObjectionForm.MAX_GROUNDS}, null);
        }
        if (!form.isConfirmed()) {
            errors.rejectValue("confirmed", "work.objection.confirm.required");
        }
        if (errors.hasErrors()) {
            return page(id, user, model);
        }
        Objection objection;
        try {
            objection = objections.file(listing.view().listingId(), grounds, List.of(), user);
        } catch (InvalidRequestException refused) {
            errors.reject(refused.messageCode(), refused.messageArguments(), null);
            return page(id, user, model);
        }
        Flash.success(redirect, messages.get("work.objection.raised"));
        return "redirect:/work/cases/OBJECTION/" + objection.id();
    }

    /** The listing left publication, or an objection is already being verified: say so on a page. */
    @ExceptionHandler(ConflictException.class)
    public ModelAndView conflict(ConflictException conflict) {
        return WorkPages.taskUnavailable(messages.get(conflict), HttpStatus.CONFLICT, users);
    }

    private String page(long id, CurrentUser user, Model model) {
        ListingCaseDetails listing = details.of(listingCases.view(id, user));
        List<OpenTask> open = tasks.openOf(new CaseRef(CaseType.LISTING, String.valueOf(id))).stream()
                .map(task -> new OpenTask(rows.of(task, user), tasks.isWorkableBy(task.id(), user)))
                .toList();
        model.addAttribute("listing", listing);
        model.addAttribute("openTasks", open);
        model.addAttribute("mayRaiseObjection", mayRaiseObjection(user, listing));
        model.addAttribute("maxGrounds", OfficialObjectionForm.MAX_GROUNDS);
        return "work/case-listing";
    }

    /** Objections from officials come from the credit office (DOMAIN Lifecycle B.1) against a published listing. */
    static boolean mayRaiseObjection(CurrentUser user, ListingCaseDetails listing) {
        return user.isCreditOffice() && listing.view().status() == ListingCaseStatus.LISTED
                && listing.view().listingId() != null;
    }
}
