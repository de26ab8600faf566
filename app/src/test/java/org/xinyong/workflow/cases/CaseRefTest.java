package org.xinyong.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinyong.workflow.cases.CaseType;

/** A process instance's business key names its case: {@code <CASE_TYPE>-<id>} (API.md {@code caseId}, {@code caseType}). */
class CaseRefTest {

    @Test
    void listingBusinessKeyNamesTheListingCase() {
        assertThat(CaseRef.fromBusinessKey("LISTING-12")).contains(new CaseRef(CaseType.LISTING, "12"));
    }

    @Test
    void everyCaseTypeIsRecognised() {
        assertThat(CaseRef.fromBusinessKey("OBJECTION-3")).contains(new CaseRef(CaseType.OBJECTION, "3"));
        assertThat(CaseRef.fromBusinessKey("REPAIR-45")).contains(new CaseRef(CaseType.REPAIR, "45"));
    }

    @Test
    void caseIdIsEverythingAfterTheFirstDash() {
        assertThat(CaseRef.fromBusinessKey("REPAIR-2026-0001")).contains(new CaseRef(CaseType.REPAIR, "2026-0001"));
    }

    @Test
    void businessKeyIsReadBackUnchanged() {
        assertThat(CaseRef.fromBusinessKey("OBJECTION-77")).map(CaseRef::businessKey).contains("OBJECTION-77");
        assertThat(new CaseRef(CaseType.LISTING, "5").businessKey()).isEqualTo("LISTING-5");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "LISTING12", "-12", "UNKNOWN-12", "listing-12", "Listing-12", "LISTING"})
    void keyThatNamesNoCaseIsNoCaseRef(String businessKey) {
        assertThat(CaseRef.fromBusinessKey(businessKey)).isEmpty();
    }
}
