package org.xinyong.workflow.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A resident ID number (GB 11643-1999). {@code null} is valid (combine with {@code @NotBlank}); otherwise the
 * violation message names the specific problem (length, character, birth date, check digit, ...).
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentIdNumber {

    String message() default "{validation.residentId.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
