package org.xinyong.workflow.validation;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.xinyong.workflow.calendar.BusinessClock;

/** Checks {@link ResidentIdNumber}; inside Spring it also refuses birth dates after the business clock's today. */
public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {

    private final BusinessClock clock;

    /** Outside Spring: no comparison with today. */
    public ResidentIdNumberValidator() {
        this.clock = null;
    }

    @Autowired
    public ResidentIdNumberValidator(BusinessClock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(String number, ConstraintValidatorContext context) {
        if (number == null) {
            return true;
        }
        LocalDate today = clock == null ? null : clock.today();
        return ResidentIdNumbers.problemOf(number, today)
                .map(problem -> {
                    Violations.report(context, problem);
                    return false;
                })
                .orElse(true);
    }
}
