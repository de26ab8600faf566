package org.xinyong.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annotations with a plain Bean Validation provider: violations carry the specific problem's message code. */
class SubjectCodeConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Subject(SubjectType subjectType, String subjectCode) implements SubjectCodeHolder {
    }

    @ValidSubjectCode
    record Finding(SubjectType subjectType, String subjectCode) implements SubjectCodeHolder {
    }

    record Codes(@CreditCode String creditCode, @ResidentIdNumber String idNumber) {
    }

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void enterpriseNeedsACreditCode() {
        assertThat(validator.validate(new Finding(SubjectType.ENTERPRISE, "91230400MA19XY0035"))).isEmpty();

        Set<ConstraintViolation<Finding>> violations =
                validator.validate(new Finding(SubjectType.ENTERPRISE, "11010519491231002X"));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("subjectCode");
            assertThat(violation.getMessageTemplate()).isEqualTo("{validation.creditCode.division}");
        });
    }

    @Test
    void individualNeedsAResidentIdNumber() {
        assertThat(validator.validate(new Finding(SubjectType.INDIVIDUAL, "11010519491231002X"))).isEmpty();

        assertThat(validator.validate(new Finding(SubjectType.INDIVIDUAL, "91230400MA19XY0035")))
                .singleElement()
                .extracting(ConstraintViolation::getMessageTemplate)
                .isEqualTo("{validation.residentId.character}");
    }

    @Test
    void missingTypeOrCodeIsLeftToNotNullConstraints() {
        assertThat(validator.validate(new Finding(null, "whatever"))).isEmpty();
        assertThat(validator.validate(new Finding(SubjectType.ENTERPRISE, " "))).isEmpty();
    }

    @Test
    void fieldAnnotationsReportTheSpecificProblem() {
        Set<ConstraintViolation<Codes>> violations =
                validator.validate(new Codes("91230400MA19XY0036", "110105194912310021"));

        assertThat(violations).extracting(ConstraintViolation::getMessageTemplate).containsExactlyInAnyOrder(
                "{validation.creditCode.checkDigit}", "{validation.residentId.checkDigit}");
        assertThat(validator.validate(new Codes(null, null))).isEmpty();
        assertThat(validator.validate(new Codes("91410526MA3X00004Y", "230402198001011232"))).isEmpty();
    }

    @Test
    void holderIsImplementedByARecordWithoutCode() {
        SubjectCodeHolder holder = new Subject(SubjectType.ENTERPRISE, "91410526MA3X00004Y");
        assertThat(holder.subjectCode()).isEqualTo("91410526MA3X00004Y");
    }
}
