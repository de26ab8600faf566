package org.xinyong.workflow.objection.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.Objections;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.uploads.UploadProperties;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The subject's objections in the portal (DOMAIN Lifecycle B; API.md "Screens" {@code /portal}): from one of its
 * listings it files an objection with grounds and evidence (PDF, JPEG or PNG by content, at most 10 MB each),
 * confirmed before it is sent; it follows the status and the verification period, answers a request for
 * supplementary evidence, and reads the written reply. Refusals are explained on the page with their status (400,
 * 404, 409, 413, 415) and the text typed is kept. The signed-in account's subject code scopes everything.
 */
@Controller
@RequestMapping("/portal")
public class PortalObjectionController {

    static final String LIST = "portal/objection-list";
    static final String NEW = "portal/objection-new";
    static final String DETAIL = "portal/objection-detail";

    private final PortalObjectionPage page;
    private final Objections objections;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final UploadProperties uploads;

    public PortalObjectionController(PortalObjectionPage page, Objections objections, CurrentUsers users,
                                     MessageSource messages, UploadProperties uploads) {
        this.page = page;
        this.objections = objections;
        this.users = users;
        this.messages = messages;
        this.uploads = uploads;
    }

    @GetMapping("/objections")
    public ModelAndView list(Locale locale) {
        ModelAndView answer = new ModelAndView(LIST);
        answer.addObject("overview", page.overview(users.require(), locale));
        return answer;
    }

    @GetMapping("/listings/{listingId}/objections/new")
    public ModelAndView newObjection(@PathVariable long listingId, Locale locale) {
        CurrentUser user = users.require();
        try {
            return filingPage(user, listingId, new ObjectionForm(), locale, HttpStatus.OK);
        } catch (DomainException refused) {
            return listWithError(user, refused, locale);
        }
    }

    @PostMapping("/listings/{listingId}/objections")
    public ModelAndView file(@PathVariable long listingId, @ModelAttribute("form") ObjectionForm form,
                             @RequestParam(name = "files", required = false) List<MultipartFile> files,
                             Locale locale, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        List<MultipartFile> chosen = chosen(files);
        Map<String, String> errors = new LinkedHashMap<>();
        String grounds = form.getGrounds() == null ? "" : form.getGrounds().trim();
        if (grounds.isEmpty()) {
            errors.put("grounds", message("portal.objection.grounds.required", locale));
        } else if (grounds.length() > ObjectionForm.MAX_GROUNDS) {
            errors.put("grounds", message("portal.objection.grounds.tooLong", locale, ObjectionForm.MAX_GROUNDS));
        }
        if (!form.isConfirmed()) {
            errors.put("confirmed", message("portal.objection.confirm.required", locale));
        }
        try {
            if (!errors.isEmpty()) {
                ModelAndView answer = filingPage(user, listingId, form, locale, HttpStatus.BAD_REQUEST);
                answer.addObject("errors", errors);
                answer.addObject("filesDropped", !chosen.isEmpty());
                return answer;
            }
            Objection filed = objections.file(listingId, grounds, chosen, user);
            redirect.addFlashAttribute("portalNotice", message("portal.objection.filed", locale, filed.id(),
                    listingId));
            return new ModelAndView("redirect:/portal/objections/" + filed.id());
        } catch (DomainException refused) {
            if (refused instanceof NotFoundException) {
                return listWithError(user, refused, locale);
            }
            ModelAndView answer = filingPage(user, listingId, form, locale, refused.errorCode().status());
            answer.addObject("objectionError", messages.getMessage(refused, locale));
            answer.addObject("filesDropped", !chosen.isEmpty());
            return answer;
        }
    }

    @GetMapping("/objections/{id}")
    public ModelAndView detail(@PathVariable long id, Locale locale) {
        return detailPage(users.require(), id, new SupplementaryEvidenceForm(), locale, HttpStatus.OK);
    }

    @PostMapping("/objections/{id}/evidence")
    public ModelAndView supplement(@PathVariable long id, @ModelAttribute("evidenceForm") SupplementaryEvidenceForm form,
                                   @RequestParam(name = "files", required = false) List<MultipartFile> files,
                                   Locale locale, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        List<MultipartFile> chosen = chosen(files);
        String note = form.getNote() == null ? "" : form.getNote().trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (note.isEmpty() && chosen.isEmpty()) {
            errors.put("files", message("objection.evidence.empty", locale));
        } else if (note.length() > SupplementaryEvidenceForm.MAX_NOTE) {
            errors.put("note", message("portal.objection.evidence.note.tooLong", locale,
                    SupplementaryEvidenceForm.MAX_NOTE));
        }
        if (!form.isConfirmed()) {
            errors.put("confirmed", message("portal.objection.evidence.confirm.required", locale));
        }
        try {
            if (!errors.isEmpty()) {
                ModelAndView answer = detailPage(user, id, form, locale, HttpStatus.BAD_REQUEST);
                answer.addObject("errors", errors);
                answer.addObject("filesDropped", !chosen.isEmpty());
                return answer;
            }
            objections.submitEvidence(id, note, chosen, user);
            redirect.addFlashAttribute("portalNotice", message("portal.objection.evidence.submitted", locale, id));
            return new ModelAndView("redirect:/portal/objections/" + id);
        } catch (NotFoundException missing) {
            return listWithError(user, missing, locale);
        } catch (DomainException refused) {
            ModelAndView answer = detailPage(user, id, form, locale, refused.errorCode().status());
            answer.addObject("objectionError", messages.getMessage(refused, locale));
            answer.addObject("filesDropped", !chosen.isEmpty());
            return answer;
        }
    }

    private ModelAndView filingPage(CurrentUser user, long listingId, ObjectionForm form, Locale locale,
                                    HttpStatusCode status) {
        PortalObjectionPage.Overview overview = page.overview(user, locale);
        PortalObjectionPage.ListingChoice choice = overview.listing(listingId)
                .orElseThrow(() -> new NotFoundException("listing.notFound", listingId));
        ModelAndView answer = new ModelAndView(NEW);
        answer.addObject("choice", choice);
        answer.addObject("form", form);
        answer.addObject("maxGrounds", ObjectionForm.MAX_GROUNDS);
        answer.addObject("maxGroundsText", String.valueOf(ObjectionForm.MAX_GROUNDS));
        addUploadLimits(answer);
        if (!choice.mayObject() && status.is2xxSuccessful()) {
            // say why before the subject types anything; the service refuses the same way (409)
            answer.addObject("objectionError", messages.getMessage(choice.openObjectionId() != null
                    ? new ConflictException("objection.alreadyOpen", listingId)
                    : new ConflictException("objection.listingNotActive", listingId), locale));
            answer.setStatus(HttpStatus.CONFLICT);
            return answer;
        }
        answer.setStatus(status);
        return answer;
    }

    private ModelAndView detailPage(CurrentUser user, long id, SupplementaryEvidenceForm form, Locale locale,
                                    HttpStatusCode status) {
        ModelAndView answer = new ModelAndView(DETAIL);
        answer.addObject("detail", page.detail(id, user, locale));
        answer.addObject("evidenceForm", form);
        answer.addObject("maxNote", SupplementaryEvidenceForm.MAX_NOTE);
        answer.addObject("maxNoteText", String.valueOf(SupplementaryEvidenceForm.MAX_NOTE));
        addUploadLimits(answer);
        answer.setStatus(status);
        return answer;
    }

    /** The overview with the refusal said at its top: the listing or objection is not the subject's (404). */
    private ModelAndView listWithError(CurrentUser user, DomainException refused, Locale locale) {
        ModelAndView answer = new ModelAndView(LIST);
        answer.addObject("overview", page.overview(user, locale));
        answer.addObject("objectionError", messages.getMessage(refused, locale));
        answer.setStatus(refused.errorCode().status());
        return answer;
    }

    private void addUploadLimits(ModelAndView answer) {
        answer.addObject("maxFileBytes", uploads.maxFileSize().toBytes());
        answer.addObject("maxFileMegabytes", String.valueOf(uploads.maxFileSize().toMegabytes()));
    }

    /** A file input left empty still sends a part without a name; only chosen files count. */
    private static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                .filter(file -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
                .toList();
    }

    /** Numbers as plain text: a number argument would be formatted with a grouping separator (4,000). */
    private String message(String code, Locale locale, Object... arguments) {
        Object[] texts = java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof Number ? String.valueOf(argument) : argument).toArray();
        return messages.getMessage(code, texts, locale);
    }
}
