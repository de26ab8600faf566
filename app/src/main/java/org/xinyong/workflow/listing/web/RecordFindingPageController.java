package org.xinyong.workflow.listing.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyong.workflow.listing.BasisType;
import org.xinyong.workflow.listing.ListingAccess;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCases;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.work.web.Flash;
import org.xinyong.workflow.work.web.WorkMessages;

import jakarta.validation.Validator;

/**
 * "Record a finding" for a department's caseworkers ({@code /work/cases/new}, DOMAIN Lifecycle A.1): the form checks
 * what the request's constraints check, then {@link ListingCases#record} applies the law's refusals; both are shown
 * on the form with what the caseworker typed.
 */
@Controller
public class RecordFindingPageController {

    static final String FORM = "finding";

    /** The service's refusals, each shown at the field it is about. */
    static final Map<String, String> REFUSAL_FIELDS = Map.of(
            "listing.refused.basisNotEffective", "basisType",
            "listing.refused.domain", "domain",
            "listing.refused.severity", "severity",
            "listing.refused.basisInFuture", "basisDate",
            "listing.refused.measure", "measures",
            "listing.refused.summaryProcedure", "summaryProcedure",
            "listing.refused.firstMinor", "firstMinorCorrected");

    /** The form's fields in the order the page shows them, for the list of errors at its top. */
    static final List<String> FIELD_ORDER = List.of("subjectType", "subjectCode", "subjectName", "basisType",
            "basisNumber", "basisDate", "domain", "severity", "facts", "measures", "summaryProcedure",
            "firstMinorCorrected");

    private final ListingCases cases;
    private final ListingAccess access;
    private final MeasureCatalogue measures;
    private final Departments departments;
    private final CurrentUsers users;
    private final WorkMessages messages;
    private final SpringValidatorAdapter validator;

    public RecordFindingPageController(ListingCases cases, ListingAccess access, MeasureCatalogue measures,
                                       Departments departments, CurrentUsers users, WorkMessages messages,
                                       Validator validator) {
        this.cases = cases;
        this.access = access;
        this.measures = measures;
        this.departments = departments;
        this.users = users;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/work/cases/new")
    public String form(Model model) {
        CurrentUser user = caseworker();
        model.addAttribute(FORM, new RecordFindingForm());
        return page(user, model);
    }

    @PostMapping("/work/cases")
    public String record(@ModelAttribute(FORM) RecordFindingForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        CurrentUser user = caseworker();
        var request = form.toRequest();
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            return page(user, model);
        }
        ListingCase recorded;
        try {
            recorded = cases.record(request, user);
        } catch (InvalidRequestException refused) {
            String field = REFUSAL_FIELDS.get(refused.messageCode());
            if (field == null) {
                errors.reject(refused.messageCode(), refused.messageArguments(), null);
            } else {
                errors.rejectValue(field, refused.messageCode(), refused.messageArguments(), null);
            }
            return page(user, model);
        }
        Flash.success(redirect, messages.get("work.record.recorded", recorded.businessKey(),
                messages.get("listing.severity." + recorded.severity().name())));
        return "redirect:/work/cases/LISTING/" + recorded.id();
    }

    /**
     * "Check handling" (issue 14): the assessed severity and the handling it leads to, shown on the form before the
     * caseworker submits; nothing is recorded and what was typed stays.
     */
    @PostMapping(value = "/work/cases", params = "preview")
    public String preview(@ModelAttribute(FORM) RecordFindingForm form, BindingResult errors, Model model) {
        CurrentUser user = caseworker();
        var request = form.toRequest();
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            return page(user, model);
        }
        try {
            model.addAttribute("preview", cases.preview(request, user));
        } catch (InvalidRequestException refused) {
            String field = REFUSAL_FIELDS.get(refused.messageCode());
            if (field == null) {
                errors.reject(refused.messageCode(), refused.messageArguments(), null);
            } else {
                errors.rejectValue(field, refused.messageCode(), refused.messageArguments(), null);
            }
        }
        return page(user, model);
    }

    private CurrentUser caseworker() {
        CurrentUser user = users.require();
        if (!access.mayRecordFor(user, user.departmentCode())) {
            throw new AccessDeniedException("Only a department's caseworkers record findings");
        }
        return user;
    }

    private String page(CurrentUser user, Model model) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("departmentName", departments.find(user.departmentCode())
                .map(department -> department.name(locale)).orElse(user.departmentCode()));
        model.addAttribute("subjectTypes", Arrays.asList(SubjectType.values()));
        model.addAttribute("basisTypes", Arrays.asList(BasisType.values()));
        model.addAttribute("domains", Arrays.asList(SeriousListDomain.values()));
        model.addAttribute("severities", Arrays.asList(Severity.values()));
        model.addAttribute("measureOptions", measureOptions(locale));
        model.addAttribute("fieldOrder", FIELD_ORDER);
        return "work/record";
    }

    /**
     * The catalogue's measures a department may impose (not the court-only ones); the page shows those of the chosen
     * domain (and of every domain).
     */
    private List<MeasureOption> measureOptions(java.util.Locale locale) {
        return measures.all().stream()
                .filter(measure -> measure.mayBeImposedByADepartment())
                .map(measure -> new MeasureOption(measure.code(), measure.title(locale), measure.mandatory(),
                        measure.domain().name(), measure.legalBasis()))
                .toList();
    }

    /** A measure as the form offers it; {@code domain} is {@code ALL} for measures of every domain. */
    public record MeasureOption(String code, String title, boolean mandatory, String domain, String legalBasis) {
    }
}
