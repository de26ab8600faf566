package org.xinyong.workflow.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.beans.factory.annotation.Autowired;

/** Checks {@link CreditCode}; Spring's validator factory injects the deployment's options. */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

    private final boolean verifyOrganisationCode;

    /** Outside Spring: the default options. */
    public CreditCodeValidator() {
        this(new ValidationProperties(false));
    }

    @Autowired
    public CreditCodeValidator(ValidationProperties properties) {
        this.verifyOrganisationCode = properties.verifyOrganisationCode();
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null) {
            return true;
        }
        return CreditCodes.problemOf(code, verifyOrganisationCode)
                .map(problem -> {
                    Violations.report(context, problem);
                    return false;
                })
                .orElse(true);
    }
}
