package org.xinyong.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "230402198001011232", "410526200002290018"})
    void validNumbersPass(String number) {
        assertThat(ResidentIdNumbers.problemOf(number)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "11010519491231002,     validation.residentId.length",
            "1101051949123100211,   validation.residentId.length",
            "1101051949123100AX,    validation.residentId.character",
            "11010519491231002x,    validation.residentId.character",
            "990105194912310025,    validation.residentId.division",
            "110105194902300025,    validation.residentId.birthDate",
            "410526200102290018,    validation.residentId.birthDate",
            "110105180001010025,    validation.residentId.birthDate",
            "110105194912310021,    validation.residentId.checkDigit"})
    void namesTheSpecificProblem(String number, String problem) {
        assertThat(ResidentIdNumbers.problemOf(number)).contains(problem);
    }

    @Test
    void birthDateAfterTodayIsRefusedWhenTodayIsKnown() {
        String bornOnNewYear2000 = "410526200001010010";
        assertThat(ResidentIdNumbers.problemOf(bornOnNewYear2000)).isEmpty();
        assertThat(ResidentIdNumbers.problemOf(bornOnNewYear2000, LocalDate.of(1999, 12, 31)))
                .contains(ResidentIdNumbers.PROBLEM_BIRTH_DATE);
    }

    @Test
    void checkCharacterTenIsWrittenAsX() {
        assertThat(ResidentIdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumbers.checkCharacter("23040219800101123")).isEqualTo('2');
    }

    @Test
    void birthDateIsReadFromPositionsSevenToFourteen() {
        assertThat(ResidentIdNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumbers.birthDate("110105194913310021")).isEmpty();
    }

    @Test
    void normalizeUpperCasesTheCheckCharacter() {
        assertThat(ResidentIdNumbers.normalize(" 11010519491231002x")).isEqualTo("11010519491231002X");
    }
}
