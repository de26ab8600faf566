package org.xinyong.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 19.6: numbers read "信信告〔2026〕N号". */
class DocumentNumbersTest {

    @Test
    void theDefaultIssuerIsNotRepeatedBeforeACodeThatStartsWithIt() {
        assertThat(DocumentNumbers.of("信", "信告", 2026, 7)).isEqualTo("信告〔2026〕7号");
        assertThat(DocumentNumbers.of("信", "信决", 2026, 12)).isEqualTo("信决〔2026〕12号");
        assertThat(DocumentNumbers.of("信", "信异", 2027, 3)).isEqualTo("信异〔2027〕3号");
    }

    @Test
    void anotherIssuerStandsBeforeTheCode() {
        assertThat(DocumentNumbers.of("鹤", "信告", 2026, 7)).isEqualTo("鹤信告〔2026〕7号");
        assertThat(DocumentNumbers.of("", "信告", 2026, 7)).isEqualTo("信告〔2026〕7号");
        assertThat(DocumentNumbers.of(null, "信告", 2026, 7)).isEqualTo("信告〔2026〕7号");
    }
}
