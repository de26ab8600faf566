package org.xinyong.workflow.admin.measures;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;

/**
 * Checks a catalogue entry: a new code of the form {@code M-...}, both titles, a domain, the legal basis the measure
 * rests on (seed001 §四 9: measures only from the list, each with its basis), the seed clause or regulation it is
 * drawn from, and, if given, a known issuing department. Lengths follow table {@code sanction_measure} (and
 * {@code listing_case_measure.measure_code}, 60).
 */
@Component
public class MeasureValidator {

    static final Pattern CODE = Pattern.compile("M-[A-Z0-9][A-Z0-9-]{0,57}");
    static final int MAX_TITLE = 500;
    static final int MAX_LEGAL_BASIS = 1000;
    static final int MAX_SOURCE = 200;

    private final MeasureCatalogue catalogue;
    private final Departments departments;

    public MeasureValidator(MeasureCatalogue catalogue, Departments departments) {
        this.catalogue = catalogue;
        this.departments = departments;
    }

    /** @return the measure, when the form has no errors */
    public Optional<SanctionMeasure> validate(MeasureForm form, boolean adding, Errors errors) {
        String code = text(form.getCode()).toUpperCase(Locale.ROOT);
        if (adding) {
            if (code.isEmpty()) {
                errors.rejectValue("code", "admin.measures.error.code.required");
            } else if (!CODE.matcher(code).matches()) {
                errors.rejectValue("code", "admin.measures.error.code.pattern");
            } else if (catalogue.find(code).isPresent()) {
                errors.rejectValue("code", "admin.measures.error.code.taken", new Object[] {code}, null);
            }
        }
        String titleZh = required(form.getTitleZh(), "titleZh", "admin.measures.error.title.required", MAX_TITLE,
                errors);
        String titleEn = required(form.getTitleEn(), "titleEn", "admin.measures.error.title.required", MAX_TITLE,
                errors);
        Optional<MeasureDomain> domain = MeasureDomain.parse(form.getDomain());
        if (domain.isEmpty()) {
            errors.rejectValue("domain", "admin.measures.error.domain.required");
        }
        String legalBasis = required(form.getLegalBasis(), "legalBasis", "admin.measures.error.legalBasis.required",
                MAX_LEGAL_BASIS, errors);
        String source = required(form.getSource(), "source", "admin.measures.error.source.required", MAX_SOURCE,
                errors);
        String department = text(form.getIssuingDepartment());
        if (!department.isEmpty() && departments.find(department).isEmpty()) {
            errors.rejectValue("issuingDepartment", "admin.measures.error.department.unknown",
                    new Object[] {department}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SanctionMeasure(code, titleZh, titleEn, domain.get(), form.isMandatory(), legalBasis,
                department.isEmpty() ? null : department, source));
    }

    private static String required(String value, String field, String code, int maxLength, Errors errors) {
        String text = text(value);
        if (text.isEmpty()) {
            errors.rejectValue(field, code);
        } else if (text.length() > maxLength) {
            errors.rejectValue(field, "admin.error.tooLong", new Object[] {maxLength}, null);
        }
        return text;
    }

    private static String text(String value) {
        return StringUtils.hasText(value) ? value.strip() : "";
    }
}
