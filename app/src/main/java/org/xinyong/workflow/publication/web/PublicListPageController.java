package org.xinyong.workflow.publication.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.publication.PublicList;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.Departments;

/**
 * The public serious-dishonesty list {@code /public} (API.md "Screens"), open to anyone: the same entries as
 * {@code GET /api/v1/public/listings}, people masked (seed001 §四 13), a person found only by the full ID number.
 */
@Controller
@RequestMapping("/public")
public class PublicListPageController {

    static final String VIEW = "public/index";
    static final int PAGE_SIZE = 20;
    /** As the API's {@code q} limit. */
    static final int MAX_QUERY = 100;
    /** Deep paging is no use to a reader and a cost to the database. */
    static final int MAX_PAGE = 500;

    /** Corrections shown beside the list's first page; older ones through the API. */
    static final int CORRECTIONS_SHOWN = 10;

    public record Row(PublicList.Entry entry, String departmentName) {
    }

    public record CorrectionRow(PublicList.Correction correction, String departmentName) {
    }

    private final PublicList publicList;
    private final Departments departments;
    private final MeasureCatalogue measures;

    public PublicListPageController(PublicList publicList, Departments departments, MeasureCatalogue measures) {
        this.publicList = publicList;
        this.departments = departments;
        this.measures = measures;
    }

    @GetMapping
    public ModelAndView list(@RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") String page, Locale locale) {
        String query = q == null ? "" : q.strip();
        int pageNumber = pageNumber(page);
        ModelAndView answer = new ModelAndView(VIEW);
        answer.addObject("q", query);
        answer.addObject("maxQuery", MAX_QUERY);
        answer.addObject("pageNumber", pageNumber);
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Department::code, department -> department.name(locale)));
        answer.addObject("corrections", pageNumber > 0 ? List.of() : publicList.corrections(0, CORRECTIONS_SHOWN)
                .stream()
                .map(correction -> new CorrectionRow(correction,
                        names.getOrDefault(correction.departmentCode(), correction.departmentCode())))
                .toList());
        if (query.length() > MAX_QUERY) {
            answer.addObject("queryTooLong", true);
            answer.addObject("rows", List.of());
            answer.addObject("hasNext", false);
            return answer;
        }
        String search = query.isEmpty() ? null : query;
        List<PublicList.Entry> entries = publicList.search(search, pageNumber, PAGE_SIZE);
        // the first entry of the next page (offset = page x size, so a size of 1 at page (n+1) x PAGE_SIZE)
        boolean hasNext = !publicList.search(search, (pageNumber + 1) * PAGE_SIZE, 1).isEmpty();
        answer.addObject("rows", entries.stream()
                .map(entry -> new Row(entry, names.getOrDefault(entry.departmentCode(), entry.departmentCode())))
                .toList());
        answer.addObject("hasNext", hasNext);
        // general records (seed003 §二(四)2 适当范围的公示) beside the first page of the serious list
        answer.addObject("generalRows", pageNumber > 0 ? List.of() : publicList.generalRecords(search, 0, PAGE_SIZE)
                .stream()
                .map(record -> new GeneralRow(record, names.getOrDefault(record.departmentCode(),
                        record.departmentCode())))
                .toList());
        return answer;
    }

    public record GeneralRow(PublicList.GeneralRecord record, String departmentName) {
    }

    /** One public entry in full (issue 19.10); a listing not on the public list is a 404. */
    @GetMapping("/listings/{id}")
    public ModelAndView detail(@PathVariable long id, Locale locale) {
        PublicList.Detail detail = publicList.detail(id)
                .orElseThrow(() -> new NotFoundException("public.listing.notFound", id));
        ModelAndView answer = new ModelAndView("public/listing");
        answer.addObject("detail", detail);
        answer.addObject("departmentName", departments.find(detail.entry().departmentCode())
                .map(department -> department.name(locale)).orElse(detail.entry().departmentCode()));
        answer.addObject("measures", detail.measures().stream()
                .map(code -> measures.find(code).map(measure -> measure.title(locale)).orElse(code)).toList());
        return answer;
    }

    /** A missing, malformed or out-of-range page number shows the nearest page instead of an error. */
    static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(MAX_PAGE, Integer.parseInt(page.strip())));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
