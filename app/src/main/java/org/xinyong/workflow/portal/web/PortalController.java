package org.xinyong.workflow.portal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.listing.ListingStatements;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.errors.NotFoundException;

import jakarta.validation.Valid;

/**
 * The enterprise portal {@code /portal} (API.md "Screens"): inbox, own records and listings, and the statement or
 * objection during the notice window (seed001 §四 8). The signed-in account's subject code scopes everything; no
 * subject code is ever read from the request.
 */
@Controller
@RequestMapping("/portal")
public class PortalController {

    static final String VIEW = "portal/index";
    static final String BACK_TO_RECORDS = "redirect:/portal#records";
    static final String BACK_TO_INBOX = "redirect:/portal#inbox";

    private final PortalPage page;
    private final PortalInbox inbox;
    private final ListingStatements statements;
    private final CurrentUsers users;
    private final MessageSource messages;

    public PortalController(PortalPage page, PortalInbox inbox, ListingStatements statements, CurrentUsers users,
                            MessageSource messages) {
        this.page = page;
        this.inbox = inbox;
        this.statements = statements;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    public ModelAndView portal(Locale locale) {
        return view(users.require(), locale, HttpStatus.OK);
    }

    /**
     * Marks a message of the subject's own inbox read, then opens its document ({@code then=document} or {@code pdf})
     * or returns to the inbox.
     */
    @PostMapping("/inbox/{id}/read")
    public String read(@PathVariable long id, @RequestParam(defaultValue = "inbox") String then) {
        CurrentUser user = users.require();
        PortalInbox.Message message = inbox.find(user.subjectCode(), id)
                .orElseThrow(() -> new NotFoundException("portal.inbox.notFound", id));
        inbox.markRead(user.subjectCode(), id);
        if (message.documentId() == null) {
            return BACK_TO_INBOX;
        }
        return switch (then) {
            case "document" -> "redirect:/documents/" + message.documentId();
            case "pdf" -> "redirect:/documents/" + message.documentId() + "/pdf";
            default -> BACK_TO_INBOX;
        };
    }

    /**
     * Files a statement or objection. Refusals are answered on the page: a case that is not the subject's (404), a
     * window that is closed (409), a form that is incomplete (400, the text kept).
     */
    @PostMapping("/cases/{id}/statements")
    public ModelAndView fileStatement(@PathVariable long id, @Valid @ModelAttribute("statementForm") StatementForm form,
                                      BindingResult binding, Locale locale, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        try {
            PortalPage.CaseRow row = page.of(user, locale).caseOf(id)
                    .orElseThrow(() -> new NotFoundException("listing.case.notFound", id));
            if (!row.statementOpen()) {
                throw new ConflictException("listing.statement.windowClosed", id);
            }
            if (binding.hasErrors()) {
                ModelAndView answer = view(user, locale, HttpStatus.BAD_REQUEST);
                answer.addObject("failedCaseId", id);
                answer.addObject("statementForm", form);
                answer.addObject("statementErrors", errorsOf(binding, locale));
                return answer;
            }
            ListingStatements.Statement filed = statements.file(id, form.getKind(), form.getText(), user);
            redirect.addFlashAttribute("portalNotice", messages.getMessage("portal.statement.filed",
                    new Object[] {kindLabel(filed.kind(), locale), id}, locale));
            return new ModelAndView(BACK_TO_RECORDS);
        } catch (DomainException refused) {
            ModelAndView answer = view(user, locale, refused.errorCode().status());
            answer.addObject("portalError", messages.getMessage(refused, locale));
            return answer;
        }
    }

    private ModelAndView view(CurrentUser user, Locale locale, HttpStatusCode status) {
        ModelAndView answer = new ModelAndView(VIEW);
        answer.addObject("page", page.of(user, locale));
        answer.addObject("statementMaxLength", StatementForm.MAX_TEXT);
        // as text: a number argument would be formatted with a grouping separator (4,000)
        answer.addObject("statementMaxLengthText", String.valueOf(StatementForm.MAX_TEXT));
        answer.setStatus(status);
        return answer;
    }

    private Map<String, String> errorsOf(BindingResult binding, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return errors;
    }

    private String kindLabel(ListingStatements.Kind kind, Locale locale) {
        return messages.getMessage("portal.statement.kind." + kind.name(), null, locale);
    }
}
