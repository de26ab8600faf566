package org.xinyong.workflow.reference;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.errors.InvalidRequestException;

/** API.md {@code GET /measures?domain=} and {@code GET /departments}, with texts in the request's language. */
@RestController
@RequestMapping("/api/v1")
public class ReferenceController {

    private final MeasureCatalogue measures;
    private final Departments departments;

    public ReferenceController(MeasureCatalogue measures, Departments departments) {
        this.measures = measures;
        this.departments = departments;
    }

    /** The catalogue; with {@code domain}, that domain's measures and the ALL-domain ones. */
    @GetMapping("/measures")
    public List<MeasureView> measures(@RequestParam(required = false) String domain, Locale locale) {
        List<SanctionMeasure> found = domain == null
                ? measures.all()
                : measures.forDomain(MeasureDomain.parse(domain).orElseThrow(
                        () -> new InvalidRequestException("reference.measures.unknownDomain", domain)));
        return found.stream().map(measure -> MeasureView.of(measure, locale)).toList();
    }

    @GetMapping("/departments")
    public List<DepartmentView> departments(Locale locale) {
        return departments.all().stream().map(department -> DepartmentView.of(department, locale)).toList();
    }

    public record MeasureView(String code, String title, boolean mandatory, MeasureDomain domain, String legalBasis,
                              String issuingDepartment, String source) {

        static MeasureView of(SanctionMeasure measure, Locale locale) {
            return new MeasureView(measure.code(), measure.title(locale), measure.mandatory(), measure.domain(),
                    measure.legalBasis(), measure.issuingDepartment(), measure.source());
        }
    }

    public record DepartmentView(String code, String name, DepartmentKind kind) {

        static DepartmentView of(Department department, Locale locale) {
            return new DepartmentView(department.code(), department.name(locale), department.kind());
        }
    }
}
