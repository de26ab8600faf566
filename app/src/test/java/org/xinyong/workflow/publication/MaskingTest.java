package org.xinyong.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How people appear on the public list (DOMAIN "Privacy and audit": 张*, 3201**********1234; seed001 §四 13). */
class MaskingTest {

    @Test
    void twoCharacterNameKeepsTheFamilyName() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
    }

    @Test
    void threeCharacterNameMasksEveryGivenNameCharacter() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
    }

    @Test
    void singleCharacterNameStillShowsAMask() {
        // otherwise the public list would show a one-character name in full
        assertThat(Masking.name("张")).isEqualTo("张*");
    }

    @Test
    void surrogatePairsCountAsOneCharacter() {
        String rareFamilyName = "\uD840\uDC00"; // U+20000, a CJK Extension B character: two UTF-16 units
        String rareGivenName = "\uD842\uDFB7"; // U+20BB7 𠮷

        assertThat(Masking.name(rareFamilyName + "三")).isEqualTo(rareFamilyName + "*");
        assertThat(Masking.name("吉" + rareGivenName)).isEqualTo("吉*");
        assertThat(Masking.name(rareFamilyName + rareGivenName + "丰")).isEqualTo(rareFamilyName + "**");
    }

    @Test
    void surroundingBlanksAreNotShownOrCounted() {
        assertThat(Masking.name(" 李四 ")).isEqualTo("李*");
    }

    @Test
    void missingNameStaysMissing() {
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.name("  ")).isEqualTo("  ");
    }

    @Test
    void idNumberShowsOnlyTheFirstAndLastFourCharacters() {
        assertThat(Masking.idNumber("320102198001011234")).isEqualTo("3201**********1234");
    }

    @Test
    void idNumberEndingInXKeepsTheX() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void maskedIdNumberKeepsItsLength() {
        assertThat(Masking.idNumber("320102800101123")).isEqualTo("3201*******1123").hasSize(15);
    }

    @Test
    void idNumberTooShortToMaskIsHiddenCompletely() {
        assertThat(Masking.idNumber("12345678")).isEqualTo("********");
        assertThat(Masking.idNumber("")).isEmpty();
        assertThat(Masking.idNumber(null)).isEmpty();
    }
}
