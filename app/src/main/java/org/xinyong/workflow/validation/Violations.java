package org.xinyong.workflow.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Replaces a constraint's generic message by the specific problem found (a message code of the errors bundle). */
final class Violations {

    private Violations() {
    }

    static void report(ConstraintValidatorContext context, String problemCode) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + problemCode + "}").addConstraintViolation();
    }

    static void reportOnProperty(ConstraintValidatorContext context, String property, String problemCode) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + problemCode + "}")
                .addPropertyNode(property)
                .addConstraintViolation();
    }
}
