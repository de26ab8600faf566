package org.xinyong.workflow.work.web;

import org.xinyong.workflow.calendar.WorkDates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditEntry;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.Deadline;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.uploads.UploadedFile;
import org.xinyong.workflow.uploads.UploadedFiles;

/**
 * The parts every case page shows, whatever the case type: deadlines, uploaded files, documents, the timeline, the
 * department's name and the listing case a case concerns. The caller has checked that the user may see the case.
 */
@Component
public class CaseParts {

    /** An uploaded file; {@code purpose} is the upload's purpose (labels {@code work.file.purpose.*}). */
    public record FileRow(long id, String purpose, String filename, long sizeBytes, String uploadedBy,
                          java.time.LocalDateTime uploadedAt, String link) {

        /** The size in kilobytes, at least 1. */
        public long sizeKb() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    /**
     * Reading a case is logged in the audit trail, but is no step of the procedure: timelines leave these entries out
     * (they remain in the audit log, {@code GET /api/v1/audit}).
     */
    public static final Set<String> NOT_IN_TIMELINE = Set.of(AuditAction.SUBJECT_VIEWED.name(),
            AuditAction.DOCUMENT_VIEWED.name());

    /** Most entries a timeline reads; a case has far fewer. */
    static final int TIMELINE_LIMIT = 1000;

    private final DeadlineService deadlines;
    private final UploadedFiles files;
    private final CaseDocuments documents;
    private final AuditTrail trail;
    private final Departments departments;
    private final TaskRows rows;
    private final WorkDates dates;
    private final BusinessClock clock;
    private final DocumentNames documentNames;
    private final TimelineDetails details;

    public CaseParts(DeadlineService deadlines, UploadedFiles files, CaseDocuments documents, AuditTrail trail,
                     Departments departments, TaskRows rows, WorkDates dates,
                     BusinessClock clock, DocumentNames documentNames, TimelineDetails details) {
        this.deadlines = deadlines;
        this.files = files;
        this.documents = documents;
        this.trail = trail;
        this.departments = departments;
        this.rows = rows;
        this.dates = dates;
        this.clock = clock;
        this.documentNames = documentNames;
        this.details = details;
    }

    public List<DeadlineRow> deadlines(CaseType caseType, String caseId) {
        return deadlines.ofCase(caseType, caseId).stream().map(this::deadline).toList();
    }

    public DeadlineRow deadline(Deadline deadline) {
        var due = deadlines.dueOf(deadline);
        boolean overdue = deadline.isOverdueAt(clock.now());
        return new DeadlineRow(deadline.kind().name(), due.lastDay(), overdue,
                overdue ? dates.daysOverdue(due.dueAt()) : 0, dates.daysLeft(due.dueAt()), due.paused(),
                deadline.status().name());
    }

    /** The files uploaded to a case; {@code linkPrefix} + file id downloads one. */
    public List<FileRow> files(String ownerType, String ownerId, String linkPrefix) {
        return files.of(ownerType, ownerId).stream().map(file -> file(file, linkPrefix)).toList();
    }

    public List<DocumentRow> documents(CaseType caseType, String caseId) {
        return documents.ofCase(caseType.name(), caseId).stream()
                .map(document -> new DocumentRow(document.id(), document.kind().name(),
                        documentNames.title(document.kind(), LocaleContextHolder.getLocale()),
                        dates.local(document.issuedAt()),
                        document.isServed() ? dates.local(document.served().servedAt()) : null,
                        document.isServed() ? document.served().method().name() : null,
                        document.kind().isAddressedToSubject()))
                .toList();
    }

    /** What happened in the case, oldest first; reads of the case or its documents are no step and are left out. */
    public List<TimelineRow> timeline(String businessKey) {
        List<AuditEntry> oldestFirst = new ArrayList<>(trail.find(null, businessKey, 0, TIMELINE_LIMIT));
        Collections.reverse(oldestFirst);
        org.xinyong.workflow.cases.CaseType caseType = org.xinyong.workflow.cases.CaseRef.fromBusinessKey(businessKey)
                .map(org.xinyong.workflow.cases.CaseRef::caseType).orElse(null);
        return oldestFirst.stream()
                .filter(entry -> !NOT_IN_TIMELINE.contains(entry.action()))
                .map(entry -> new TimelineRow(dates.local(entry.occurredAt().toInstant()),
                        rows.displayName(entry.actor()), entry.action(),
                        details.of(entry.action(), entry.detail(), caseType)))
                .toList();
    }

    public String departmentName(String departmentCode) {
        return departments.find(departmentCode)
                .map(department -> department.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                .orElse(departmentCode);
    }

    private FileRow file(UploadedFile file, String linkPrefix) {
        return new FileRow(file.id(), file.purpose(), file.filename(), file.sizeBytes(),
                rows.displayName(file.uploadedBy()), dates.local(file.uploadedAt()), linkPrefix + file.id());
    }
}
