package org.xinyong.workflow.objection.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.listing.web.ListingCaseDetails;
import org.xinyong.workflow.listing.web.ListingCasePageController;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.Objections;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.WorkMessages;
import org.xinyong.workflow.work.web.WorkPages;

/**
 * The credit office finds published information wrong and raises an objection from the listing case's page (DOMAIN
 * Lifecycle B.1; the form is {@link OfficialObjectionSection}): the sanctions are suspended at once
 * ({@code Objections.file}).
 */
@Controller
public class OfficialObjectionPageController {

    private final ListingCasePageController listingPage;
    private final Objections objections;
    private final CurrentUsers users;
    private final WorkMessages messages;

    public OfficialObjectionPageController(ListingCasePageController listingPage, Objections objections,
                                          CurrentUsers users, WorkMessages messages) {
        this.listingPage = listingPage;
        this.objections = objections;
        this.users = users;
        this.messages = messages;
    }

    @PostMapping(ListingCasePageController.PAGE + "{id}/objections")
    public String raiseObjection(@PathVariable long id, @ModelAttribute(OfficialObjectionSection.FORM) ObjectionForm form,
                                 BindingResult errors, Model model, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        ListingCaseDetails listing = listingPage.details(id, user);
        if (!OfficialObjectionSection.mayRaiseObjection(user, listing)) {
            throw new ConflictException("objection.listingNotActive", listing.view().listingId());
        }
        String grounds = form.getGrounds() == null ? "" : form.getGrounds().trim();
        if (grounds.isEmpty() || grounds.length() > ObjectionForm.MAX_GROUNDS) {
            errors.rejectValue("grounds", "work.objection.grounds.required",
                    new Object[] {ObjectionForm.MAX_GROUNDS}, null);
        }
        if (!form.isConfirmed()) {
            errors.rejectValue("confirmed", "work.objection.confirm.required");
        }
        if (errors.hasErrors()) {
            return listingPage.page(id, user, model);
        }
        Objection objection;
        try {
            objection = objections.file(listing.view().listingId(), grounds, List.of(), user);
        } catch (InvalidRequestException refused) {
            errors.reject(refused.messageCode(), refused.messageArguments(), null);
            return listingPage.page(id, user, model);
        }
        Flash.success(redirect, messages.get("work.objection.raised"));
        return "redirect:" + ObjectionCasePageController.PAGE + objection.id();
    }

    /** The listing left publication, or an objection is already being verified: say so on a page. */
    @ExceptionHandler(ConflictException.class)
    public ModelAndView conflict(ConflictException conflict) {
        return WorkPages.taskUnavailable(messages.get(conflict), HttpStatus.CONFLICT, users);
    }
}
