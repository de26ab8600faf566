package org.xinyong.workflow.validation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.xinyong.workflow.calendar.BusinessClock;

/** Checks {@link ValidSubjectCode}: the code's format follows the subject type. */
public class ValidSubjectCodeValidator implements ConstraintValidator<ValidSubjectCode, SubjectCodeHolder> {

    private static final String PROPERTY = "subjectCode";

    private final boolean verifyOrganisationCode;
    private final BusinessClock clock;

    /** Outside Spring: the default options, no comparison with today. */
    public ValidSubjectCodeValidator() {
        this.verifyOrganisationCode = false;
        this.clock = null;
    }

    @Autowired
    public ValidSubjectCodeValidator(ValidationProperties properties, BusinessClock clock) {
        this.verifyOrganisationCode = properties.verifyOrganisationCode();
        this.clock = clock;
    }

    @Override
    public boolean isValid(SubjectCodeHolder holder, ConstraintValidatorContext context) {
        if (holder == null || holder.subjectType() == null || holder.subjectCode() == null
                || holder.subjectCode().isBlank()) {
            return true;
        }
        Optional<String> problem = switch (holder.subjectType()) {
            case ENTERPRISE -> CreditCodes.problemOf(holder.subjectCode(), verifyOrganisationCode);
            case INDIVIDUAL -> ResidentIdNumbers.problemOf(holder.subjectCode(), today());
        };
        problem.ifPresent(code -> Violations.reportOnProperty(context, PROPERTY, code));
        return problem.isEmpty();
    }

    private LocalDate today() {
        return clock == null ? null : clock.today();
    }
}
