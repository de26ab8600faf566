package org.xinyong.workflow.audit;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, newest first. */
@Component
public class AuditTrail {

    private final AuditEntryRepository entries;

    AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /**
     * @param subjectCode only entries about this subject, or all when null
     * @param caseRef     only entries about this case, or all when null
     * @param page        zero-based page number
     * @param size        entries per page (callers enforce the limit)
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(String subjectCode, String caseRef, int page, int size) {
        return entries.find(subjectCode, caseRef, Math.multiplyExact(page, size), size);
    }

    /** The entries the filter matches, newest first, from {@code offset} (zero-based), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return entries.find(filter, offset, limit);
    }

    /** How many entries the filter matches. */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(filter);
    }
}
