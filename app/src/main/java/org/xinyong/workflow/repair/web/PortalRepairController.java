package org.xinyong.workflow.repair.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.Repairs;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.uploads.UploadProperties;
import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * Credit repair in the enterprise portal (DOMAIN Lifecycle C): the wizard of a listing (eligibility before the form,
 * the materials checklist and uploads, confirmation), the status of a repair with all its deadlines, rectification
 * progress reports and the documents. Refusals are explained on the page with their status (404, 409, 413, 415,
 * 422, 400) and the statement kept; the signed-in account's subject code scopes everything.
 */
@Controller
@RequestMapping("/portal")
public class PortalRepairController {

    static final String WIZARD = "portal/repair-apply";
    static final String STATUS = "portal/repair-status";
    /** As the service: a statement or progress report of at most 4000 characters. */
    static final int MAX_TEXT = 4000;

    private final Repairs repairs;
    private final PortalRepairPages pages;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final UploadProperties uploads;

    public PortalRepairController(Repairs repairs, PortalRepairPages pages, CurrentUsers users,
                                  MessageSource messages, UploadProperties uploads) {
        this.repairs = repairs;
        this.pages = pages;
        this.users = users;
        this.messages = messages;
        this.uploads = uploads;
    }

    @GetMapping("/listings/{listingId}/repair")
    public ModelAndView wizard(@PathVariable long listingId, Locale locale) {
        return wizardView(listingId, users.require(), locale, HttpStatus.OK, null, Map.of(), null);
    }

    /** Applies with the materials; on success the status page of the new repair. */
    @PostMapping(path = "/listings/{listingId}/repair", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ModelAndView apply(@PathVariable long listingId, @RequestParam(required = false) String statement,
                              @RequestParam(defaultValue = "false") boolean confirmed,
                              @RequestParam MultiValueMap<String, MultipartFile> files, Locale locale) {
        CurrentUser user = users.require();
        ApplicationForm form = new ApplicationForm(statement, confirmed);
        try {
            repairs.eligibility(listingId, user).require();
            Map<String, MultipartFile> materials = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            for (String material : Repairs.MATERIALS) {
                MultipartFile file = files.getFirst(material);
                if (file == null || file.isEmpty()) {
                    errors.put(material, message("repair.portal.material.required", locale,
                            message("repair.portal.material." + material, locale)));
                } else {
                    materials.put(material, file);
                }
            }
            if (statement != null && statement.length() > MAX_TEXT) {
                errors.put("statement", message("repair.statement.tooLong", locale));
            }
            if (!confirmed) {
                errors.put("confirmed", message("repair.portal.confirm.required", locale));
            }
            if (!errors.isEmpty()) {
                return wizardView(listingId, user, locale, HttpStatus.BAD_REQUEST, form, errors, null);
            }
            Repair repair = repairs.apply(listingId, statement, materials, user);
            return new ModelAndView("redirect:/portal/repairs/" + repair.id() + "?applied=1");
        } catch (NotFoundException missing) {
            return missing(WIZARD, missing, locale);
        } catch (DomainException refused) {
            return wizardView(listingId, user, locale, refused.errorCode().status(), form, Map.of(),
                    messages.getMessage(refused, locale));
        }
    }

    @GetMapping("/repairs/{id}")
    public ModelAndView status(@PathVariable long id, @RequestParam(required = false) String applied,
                               Locale locale) {
        try {
            ModelAndView answer = statusView(id, users.require(), locale, HttpStatus.OK);
            if (applied != null) {
                answer.addObject("portalNotice", message("repair.portal.applied", locale, String.valueOf(id)));
            }
            return answer;
        } catch (NotFoundException missing) {
            return missing(STATUS, missing, locale);
        }
    }

    /** A rectification progress report (DOMAIN Lifecycle C.4), only while the period runs (else 409). */
    @PostMapping("/repairs/{id}/progress")
    public ModelAndView reportProgress(@PathVariable long id, @RequestParam(required = false) String text,
                                       Locale locale, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        try {
            repairs.reportProgress(id, text, user);
            redirect.addFlashAttribute("portalNotice", message("repair.portal.progress.reported", locale));
            return new ModelAndView("redirect:/portal/repairs/" + id + "#progress");
        } catch (NotFoundException missing) {
            return missing(STATUS, missing, locale);
        } catch (DomainException refused) {
            ModelAndView answer = statusView(id, user, locale, refused.errorCode().status());
            answer.addObject("progressError", messages.getMessage(refused, locale));
            answer.addObject("progressText", text);
            return answer;
        }
    }

    /** The statement and confirmation the applicant gave, shown again after a refusal. */
    public record ApplicationForm(String statement, boolean confirmed) {
    }

    private ModelAndView wizardView(long listingId, CurrentUser user, Locale locale, HttpStatusCode status,
                                    ApplicationForm form, Map<String, String> errors, String error) {
        ModelAndView answer = new ModelAndView(WIZARD);
        answer.addObject("wizard", pages.wizard(listingId, user, locale));
        answer.addObject("materials", Repairs.MATERIALS);
        answer.addObject("form", form == null ? new ApplicationForm(null, false) : form);
        answer.addObject("fieldErrors", errors);
        answer.addObject("repairError", error);
        answer.addObject("maxFileBytes", uploads.maxFileSize().toBytes());
        // as text: a number argument would be formatted with a grouping separator
        answer.addObject("maxFileMegabytes", String.valueOf(uploads.maxFileSize().toMegabytes()));
        answer.addObject("maxTextLength", MAX_TEXT);
        answer.setStatus(status);
        return answer;
    }

    private ModelAndView statusView(long id, CurrentUser user, Locale locale, HttpStatusCode status) {
        ModelAndView answer = new ModelAndView(STATUS);
        answer.addObject("page", pages.status(id, user, locale));
        answer.addObject("maxTextLength", MAX_TEXT);
        answer.setStatus(status);
        return answer;
    }

    private ModelAndView missing(String view, NotFoundException missing, Locale locale) {
        ModelAndView answer = new ModelAndView(view);
        answer.addObject("repairError", messages.getMessage(missing, locale));
        answer.setStatus(HttpStatus.NOT_FOUND);
        return answer;
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
