package org.xinyong.workflow.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On a {@link SubjectCodeHolder}: an ENTERPRISE's code must be a unified social credit code, an INDIVIDUAL's a resident
 * ID number. The violation is reported on the {@code subjectCode} property. A missing type or code is left to
 * {@code @NotNull}/{@code @NotBlank} on the components.
 */
@Documented
@Constraint(validatedBy = ValidSubjectCodeValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidSubjectCode {

    String message() default "{validation.subjectCode.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
