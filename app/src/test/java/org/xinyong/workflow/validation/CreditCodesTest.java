package org.xinyong.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91230400MA19XY0035", "91410526MA3X00004Y"})
    void demoSubjectsCodesAreValid(String code) {
        assertThat(CreditCodes.problemOf(code)).isEmpty();
        assertThat(CreditCodes.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "51230400123456788D", "11100000000013127D"})
    void codesWithBothCheckCharactersPassTheStrictCheck(String code) {
        assertThat(CreditCodes.problemOf(code, true)).isEmpty();
    }

    @Test
    void strictCheckRefusesAWrongOrganisationCodeCheckCharacter() {
        // positions 9-17 "MA19XY003": GB 11714 expects X as the 17th character, not 3
        assertThat(CreditCodes.problemOf("91230400MA19XY0035", true))
                .contains(CreditCodes.PROBLEM_ORGANISATION_CODE);
    }

    @ParameterizedTest
    @CsvSource({
            "91230400MA19XY003,           validation.creditCode.length",
            "91230400MA19XY00355,         validation.creditCode.length",
            "''  ,                        validation.creditCode.length",
            "91230400MA19XY003I,          validation.creditCode.character",
            "91230400ma19xy0035,          validation.creditCode.character",
            "B1230400MA19XY0035,          validation.creditCode.authority",
            "94230400MA19XY0035,          validation.creditCode.category",
            "91990400MA19XY0035,          validation.creditCode.division",
            "91230400MA19XY0036,          validation.creditCode.checkDigit",
            "91230400MA19XY1035,          validation.creditCode.checkDigit"})
    void namesTheSpecificProblem(String code, String problem) {
        assertThat(CreditCodes.problemOf(code)).contains(problem);
    }

    @Test
    void nullHasNoLength() {
        assertThat(CreditCodes.problemOf(null)).contains(CreditCodes.PROBLEM_LENGTH);
    }

    @Test
    void checkCharacterFollowsTheModulo31Weights() {
        assertThat(CreditCodes.checkCharacter("91230400MA19XY003")).isEqualTo('5');
        assertThat(CreditCodes.checkCharacter("91410526MA3X00004")).isEqualTo('Y');
    }

    @Test
    void organisationCheckCharacterMapsTenToXAndElevenToZero() {
        assertThat(CreditCodes.organisationCheckCharacter("M000100Y")).isEqualTo('4');
        assertThat(CreditCodes.organisationCheckCharacter("MA19XY00")).isEqualTo('X');
        assertThat(CreditCodes.organisationCheckCharacter("12345678")).isEqualTo(expectedOrganisationCheck("12345678"));
    }

    @Test
    void checkCharacterRefusesInputOfTheWrongLength() {
        assertThatThrownBy(() -> CreditCodes.checkCharacter("9123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalizeTrimsAndUpperCases() {
        assertThat(CreditCodes.normalize(" 91230400ma19xy0035 ")).isEqualTo("91230400MA19XY0035");
        assertThat(CreditCodes.normalize(null)).isNull();
    }

    /** An independent spelling of GB 11714 for a digits-only body. */
    private static char expectedOrganisationCheck(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
