package org.xinyong.workflow.sanctions;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md {@code POST /sanctions/checks} (SANCTIONS_CHECK, credit office) and {@code GET /matters} (staff, SANCTIONS_CHECK). */
@RestController
@RequestMapping("/api/v1")
public class SanctionsChecksController {

    public record CheckRequest(List<String> subjectCodes, String matter, String purpose) {
    }

    public record MatterView(String code, String title) {
    }

    private final BulkSanctionsCheck checks;
    private final MatterCatalogue matters;

    public SanctionsChecksController(BulkSanctionsCheck checks, MatterCatalogue matters) {
        this.checks = checks;
        this.matters = matters;
    }

    @PostMapping("/sanctions/checks")
    public BulkSanctionsCheck.Result check(@RequestBody CheckRequest request) {
        return checks.check(request.subjectCodes(), request.matter(), request.purpose());
    }

    @GetMapping("/matters")
    public List<MatterView> matters(Locale locale) {
        return matters.all().stream().map(matter -> new MatterView(matter.code(), matter.title(locale))).toList();
    }
}
