package org.xinyong.workflow.sanctions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md {@code GET /sanctions/{subjectCode}}, for implementing departments' systems and the credit office. */
@RestController
@RequestMapping("/api/v1/sanctions")
public class SanctionsController {

    private final SanctionsCheck sanctions;

    public SanctionsController(SanctionsCheck sanctions) {
        this.sanctions = sanctions;
    }

    /** @param purpose why the caller asks (e.g. the approval it is processing), kept in the audit log */
    @GetMapping("/{subjectCode}")
    public SanctionsCheck.Answer check(@PathVariable String subjectCode,
                                       @RequestParam(required = false) String purpose) {
        return sanctions.check(subjectCode.trim().toUpperCase(java.util.Locale.ROOT), purpose);
    }
}
