package org.xinyong.workflow.repair;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.deadline.DeadlineView;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentSummary;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.uploads.UploadedFiles;

/** API.md {@code POST /listings/{id}/repairs}, {@code GET /repairs/{id}}, and progress reports. */
@RestController
public class RepairController {

    public record FileView(long id, String material, String filename, String contentType, long sizeBytes) {
    }

    public record RepairView(long id, long listingId, String subjectCode, String departmentCode, RepairStatus status,
                             String statement, Instant appliedAt, Instant acceptedAt, Instant decidedAt, String outcome,
                             String outcomeReason, List<DeadlineView> deadlines, List<FileView> materials,
                             List<RepairRepository.Progress> progress, List<DocumentSummary> documents) {
    }

    public record ProgressRequest(String text) {
    }

    private final Repairs repairs;
    private final RepairRepository repository;
    private final DeadlineService deadlines;
    private final UploadedFiles files;
    private final CaseDocuments documents;
    private final CurrentUsers users;

    public RepairController(Repairs repairs, RepairRepository repository, DeadlineService deadlines,
                            UploadedFiles files, CaseDocuments documents, CurrentUsers users) {
        this.repairs = repairs;
        this.repository = repository;
        this.deadlines = deadlines;
        this.files = files;
        this.documents = documents;
        this.users = users;
    }

    @PostMapping(path = "/api/v1/listings/{listingId}/repairs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<RepairView> apply(@PathVariable long listingId,
                                            @RequestParam(required = false) String statement,
                                            @RequestPart(required = false) MultipartFile commitment,
                                            @RequestPart(required = false) MultipartFile identity,
                                            @RequestPart(required = false) MultipartFile performanceProof,
                                            @RequestPart(required = false) MultipartFile rectificationPlan) {
        Map<String, MultipartFile> materials = new HashMap<>();
        materials.put("commitment", commitment);
        materials.put("identity", identity);
        materials.put("performanceProof", performanceProof);
        materials.put("rectificationPlan", rectificationPlan);
        Repair repair = repairs.apply(listingId, statement, materials, users.require());
        return ResponseEntity.created(URI.create("/api/v1/repairs/" + repair.id())).body(view(repair));
    }

    @GetMapping("/api/v1/repairs/{id}")
    public RepairView get(@PathVariable long id) {
        return view(repairs.view(id, users.require()));
    }

    @PostMapping("/api/v1/repairs/{id}/progress")
    public RepairView reportProgress(@PathVariable long id, @RequestBody ProgressRequest body) {
        return view(repairs.reportProgress(id, body.text(), users.require()));
    }

    private RepairView view(Repair r) {
        String caseId = String.valueOf(r.id());
        return new RepairView(r.id(), r.listingId(), r.subjectCode(), r.departmentCode(), r.status(), r.statement(),
                r.appliedAt(), r.acceptedAt(), r.decidedAt(), r.outcome(), r.outcomeReason(),
                deadlines.viewsOf(CaseType.REPAIR, caseId),
                files.of(Repair.FILE_OWNER, caseId).stream().map(file -> new FileView(file.id(), file.purpose(),
                        file.filename(), file.contentType(), file.sizeBytes())).toList(),
                repository.progress(r.id()),
                documents.ofCase(CaseType.REPAIR.name(), caseId).stream().map(DocumentSummary::of).toList());
    }
}
