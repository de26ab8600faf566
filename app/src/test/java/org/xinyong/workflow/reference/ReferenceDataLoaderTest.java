package org.xinyong.workflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Reference data exists in every profile (this is the default one) and an administrator's edits survive restarts. */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
@Transactional
class ReferenceDataLoaderTest {

    @Autowired
    ReferenceDataLoader loader;
    @Autowired
    Departments departments;
    @Autowired
    MeasureCatalogue measures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shippedDepartmentsAreLoadedWithoutTheDemoProfile() {
        assertThat(departments.all()).extracting(Department::code)
                .contains("amr", "tax", "env", "housing", "hrss", "credit-office", "leading-group");
        assertThat(departments.find("amr")).get()
                .extracting(Department::nameZh, Department::kind)
                .containsExactly("市场监督管理局", DepartmentKind.IDENTIFYING);
        assertThat(departments.ofKind(DepartmentKind.CREDIT_OFFICE)).extracting(Department::code)
                .containsExactly("credit-office");
        assertThat(departments.ofKind(DepartmentKind.LEADING_GROUP)).extracting(Department::code)
                .containsExactly("leading-group");
    }

    @Test
    void shippedCatalogueIsLoadedWithBothKindsOfMeasureInEveryDomain() {
        List<SanctionMeasure> all = measures.all();

        assertThat(all).hasSizeBetween(15, 25);
        assertThat(all).allSatisfy(measure -> assertThat(measure.source()).startsWith("seed00"));
        assertThat(all).anyMatch(SanctionMeasure::mandatory).anyMatch(measure -> !measure.mandatory());
        for (MeasureDomain domain : MeasureDomain.values()) {
            assertThat(all).as("measures of %s", domain).anyMatch(measure -> measure.domain() == domain);
        }
        assertThat(measures.find("M-BID-RESTRICT")).get().extracting(SanctionMeasure::legalBasis)
                .asString().contains("国发〔2016〕33号");
    }

    @Test
    void administratorsEditIsNotOverwrittenAtTheNextStart() {
        jdbc.sql("update department set name_zh = ? where code = ?").params("市场监管局（改名）", "amr").update();
        jdbc.sql("update sanction_measure set mandatory = ? where code = ?").params(true, "M-BID-RESTRICT").update();

        loader.afterPropertiesSet();

        assertThat(departments.find("amr")).get().extracting(Department::nameZh).isEqualTo("市场监管局（改名）");
        assertThat(measures.find("M-BID-RESTRICT")).get().extracting(SanctionMeasure::mandatory).isEqualTo(true);
    }

    @Test
    void missingShippedRowIsLoadedAgain() {
        jdbc.sql("delete from sanction_measure where code = ?").param("M-CREDIT-REMINDER").update();
        assertThat(measures.find("M-CREDIT-REMINDER")).isEmpty();

        loader.afterPropertiesSet();

        assertThat(measures.find("M-CREDIT-REMINDER")).isPresent();
    }

    @Test
    void unknownCodesAreReportedInTheirOrder() {
        assertThat(measures.unknownCodes(List.of("M-NOPE", "M-PROCUREMENT-BAN", "M-ALSO-NOPE")))
                .containsExactly("M-NOPE", "M-ALSO-NOPE");
        assertThat(measures.unknownCodes(List.of())).isEmpty();
    }

    @Test
    void domainCatalogueHoldsItsOwnAndTheGeneralMeasures() {
        List<SanctionMeasure> lifeHealth = measures.forDomain(MeasureDomain.LIFE_HEALTH);

        assertThat(lifeHealth).isNotEmpty()
                .allMatch(measure -> measure.appliesTo(MeasureDomain.LIFE_HEALTH))
                .anyMatch(measure -> measure.domain() == MeasureDomain.LIFE_HEALTH)
                .anyMatch(measure -> measure.domain() == MeasureDomain.ALL)
                .noneMatch(measure -> measure.domain() == MeasureDomain.MARKET_ORDER);
        assertThat(lifeHealth.get(0).mandatory()).as("mandatory measures come first").isTrue();
    }
}
