package org.xinyong.workflow.admin.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.DepartmentKind;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;

class MeasureValidatorTest {

    private final MeasureCatalogue catalogue = mock(MeasureCatalogue.class);
    private final Departments departments = mock(Departments.class);
    private final MeasureValidator validator = new MeasureValidator(catalogue, departments);

    @Test
    void completeFormGivesTheMeasureWithItsCodeUpperCased() {
        when(departments.find("finance"))
                .thenReturn(Optional.of(new Department("finance", "财政局", "Finance", DepartmentKind.IDENTIFYING)));
        MeasureForm form = form("m-new-ban");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "measure");

        assertThat(validator.validate(form, true, errors)).contains(new SanctionMeasure("M-NEW-BAN", "限制", "Ban",
                MeasureDomain.LIFE_HEALTH, true, "《条例》", "finance", "seed000 §五(四)"));
    }

    @Test
    void titlesDomainLegalBasisAndSourceAreRequired() {
        MeasureForm form = form("M-NEW-BAN");
        form.setIssuingDepartment(null);
        form.setTitleZh("");
        form.setTitleEn(null);
        form.setDomain("EVERYWHERE");
        form.setLegalBasis(" ");
        form.setSource("");
        assertThat(codes(form, true)).containsExactly("admin.measures.error.title.required",
                "admin.measures.error.title.required", "admin.measures.error.domain.required",
                "admin.measures.error.legalBasis.required", "admin.measures.error.source.required");
    }

    @Test
    void newCodeMustBeWellFormedAndFreeButAnExistingOneIsNotChecked() {
        when(catalogue.find("M-TAKEN")).thenReturn(Optional.of(new SanctionMeasure("M-TAKEN", "t", "t",
                MeasureDomain.ALL, false, "b", null, "s")));
        MeasureForm taken = form("M-TAKEN");
        taken.setIssuingDepartment(null);
        assertThat(codes(taken, true)).containsExactly("admin.measures.error.code.taken");
        assertThat(codes(taken, false)).isEmpty();
        MeasureForm bad = form("BAN 1");
        bad.setIssuingDepartment(null);
        assertThat(codes(bad, true)).containsExactly("admin.measures.error.code.pattern");
    }

    @Test
    void issuingDepartmentMustBeKnown() {
        assertThat(codes(form("M-NEW-BAN"), true)).containsExactly("admin.measures.error.department.unknown");
    }

    private List<String> codes(MeasureForm form, boolean adding) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "measure");
        validator.validate(form, adding, errors);
        return errors.getFieldErrors().stream().map(FieldError::getCode).toList();
    }

    private static MeasureForm form(String code) {
        MeasureForm form = new MeasureForm();
        form.setCode(code);
        form.setTitleZh("限制");
        form.setTitleEn("Ban");
        form.setDomain("LIFE_HEALTH");
        form.setMandatory(true);
        form.setLegalBasis("《条例》");
        form.setIssuingDepartment("finance");
        form.setSource("seed000 §五(四)");
        return form;
    }
}
