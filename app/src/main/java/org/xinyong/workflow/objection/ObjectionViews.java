package org.xinyong.workflow.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.Deadline;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.deadline.DeadlineView;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentSummary;
import org.xinyong.workflow.uploads.UploadedFiles;

/** The JSON shape of an objection (API.md {@code GET /objections/{id}}). */
@Component
public class ObjectionViews {

    public record FileView(long id, String purpose, String filename, String contentType, long sizeBytes,
                           Instant uploadedAt) {
    }

    public record ObjectionView(long id, long listingId, String subjectCode, String departmentCode,
                                ApplicantKind applicantKind, String applicant, String grounds, ObjectionStatus status,
                                Instant receivedAt, Instant verificationDueAt, LocalDate verificationLastDay,
                                boolean overdue, Instant decidedAt, String outcome, String outcomeReason,
                                List<DeadlineView> deadlines, List<FileView> files,
                                List<ObjectionRepository.EvidenceRequest> evidenceRequests,
                                List<DocumentSummary> documents, long pausedDays) {
    }

    private final DeadlineService deadlines;
    private final UploadedFiles files;
    private final ObjectionRepository objections;
    private final CaseDocuments documents;

    public ObjectionViews(DeadlineService deadlines, UploadedFiles files, ObjectionRepository objections,
                          CaseDocuments documents) {
        this.deadlines = deadlines;
        this.files = files;
        this.objections = objections;
        this.documents = documents;
    }

    public ObjectionView of(Objection o) {
        String caseId = String.valueOf(o.id());
        List<Deadline> all = deadlines.ofCase(CaseType.OBJECTION, caseId);
        List<DeadlineView> deadlineViews = deadlines.viewsOf(CaseType.OBJECTION, caseId);
        var verification = all.stream().filter(deadline -> deadline.kind() == DeadlineKind.OBJECTION_VERIFICATION)
                .findFirst().map(deadlines::dueOf);
        return new ObjectionView(o.id(), o.listingId(), o.subjectCode(), o.departmentCode(), o.applicantKind(),
                o.applicant(), o.grounds(), o.status(), o.receivedAt(),
                verification.map(due -> due.dueAt()).orElse(null),
                verification.map(due -> due.lastDay()).orElse(null),
                o.overdueAt() != null, o.decidedAt(), o.outcome(), o.outcomeReason(), deadlineViews,
                files.of(Objection.FILE_OWNER, caseId).stream().map(file -> new FileView(file.id(), file.purpose(),
                        file.filename(), file.contentType(), file.sizeBytes(), file.uploadedAt())).toList(),
                objections.evidenceRequests(o.id()),
                documents.ofCase(CaseType.OBJECTION.name(), caseId).stream().map(DocumentSummary::of).toList(),
                // API.md pausedDays: the days the 20-day verification clock stood still for supplementary evidence
                all.stream().filter(deadline -> deadline.kind() == DeadlineKind.OBJECTION_VERIFICATION)
                        .mapToLong(deadlines::pausedDays).sum());
    }
}
