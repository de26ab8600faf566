package org.xinyong.workflow.objection;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.uploads.UploadedFile;
import org.xinyong.workflow.uploads.UploadedFiles;
import org.xinyong.workflow.errors.NotFoundException;

/** API.md {@code POST /listings/{id}/objections}, {@code GET /objections/{id}}, and the evidence exchange. */
@RestController
public class ObjectionController {

    public record GroundsRequest(String grounds) {
    }

    public record EvidenceRequestBody(String note, LocalDate respondBy) {
    }

    private final Objections objections;
    private final ObjectionViews views;
    private final UploadedFiles files;
    private final CurrentUsers users;

    public ObjectionController(Objections objections, ObjectionViews views, UploadedFiles files, CurrentUsers users) {
        this.objections = objections;
        this.views = views;
        this.files = files;
        this.users = users;
    }

    @PostMapping(path = "/api/v1/listings/{listingId}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectionViews.ObjectionView> file(@PathVariable long listingId,
                                                             @RequestBody GroundsRequest body) {
        return created(objections.file(listingId, body.grounds(), List.of(), users.require()));
    }

    @PostMapping(path = "/api/v1/listings/{listingId}/objections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ObjectionViews.ObjectionView> fileWithEvidence(
            @PathVariable long listingId, @RequestParam String grounds,
            @RequestPart(name = "files", required = false) List<MultipartFile> evidence) {
        return created(objections.file(listingId, grounds, evidence == null ? List.of() : evidence, users.require()));
    }

    @GetMapping("/api/v1/objections/{id}")
    public ObjectionViews.ObjectionView get(@PathVariable long id) {
        return views.of(objections.view(id, users.require()));
    }

    @PostMapping("/api/v1/objections/{id}/evidence-requests")
    public ObjectionViews.ObjectionView requestEvidence(@PathVariable long id, @RequestBody EvidenceRequestBody body) {
        return views.of(objections.requestEvidence(id, body.note(), body.respondBy(), users.require()));
    }

    @PostMapping(path = "/api/v1/objections/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ObjectionViews.ObjectionView submitEvidence(
            @PathVariable long id, @RequestParam(required = false) String note,
            @RequestPart(name = "files", required = false) List<MultipartFile> evidence) {
        return views.of(objections.submitEvidence(id, note, evidence == null ? List.of() : evidence,
                users.require()));
    }

    @GetMapping("/api/v1/objections/{id}/files/{fileId}")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        Objection objection = objections.view(id, users.require());
        UploadedFile file = files.find(fileId)
                .filter(found -> found.ownerType().equals(Objection.FILE_OWNER)
                        && found.ownerId().equals(String.valueOf(objection.id())))
                .orElseThrow(() -> new NotFoundException("objection.notFound", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(files.content(fileId));
    }

    private ResponseEntity<ObjectionViews.ObjectionView> created(Objection objection) {
        return ResponseEntity.created(URI.create("/api/v1/objections/" + objection.id())).body(views.of(objection));
    }
}
