package org.xinyong.workflow.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.errors.InvalidRequestException;

/** API.md {@code GET /audit?subjectCode=} (ADMIN): audit entries, newest first, a page at a time. */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    private final AuditTrail trail;
    private final AuditProperties properties;

    public AuditController(AuditTrail trail, AuditProperties properties) {
        this.trail = trail;
        this.properties = properties;
    }

    @GetMapping
    public List<AuditEntry> entries(@RequestParam(required = false) String subjectCode,
                                    @RequestParam(required = false) String caseRef,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(required = false) Integer size) {
        int pageSize = size == null ? properties.defaultPageSize() : size;
        if (page < 0) {
            throw new InvalidRequestException("audit.page.invalid");
        }
        if (pageSize < 1 || pageSize > properties.maxPageSize()) {
            throw new InvalidRequestException("audit.size.invalid", properties.maxPageSize());
        }
        return trail.find(blankToNull(subjectCode), blankToNull(caseRef), page, pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
