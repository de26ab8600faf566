package org.xinyong.workflow.listing;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * API.md {@code /records}: a dishonesty record (失信行为记录) is recorded on a legally effective document as a finding
 * is, and handled by its assessed severity (seed003 §二(四)1-3): a reminder or interview for a minor one, the watch
 * list for a general one, listing identification only for a serious one.
 */
@RestController
@Validated
@RequestMapping("/api/v1/records")
public class RecordController {

    private final ListingCases cases;
    private final RecordViews views;
    private final CurrentUsers users;
    private final AuditLog audit;

    public RecordController(ListingCases cases, RecordViews views, CurrentUsers users, AuditLog audit) {
        this.cases = cases;
        this.views = views;
        this.users = users;
        this.audit = audit;
    }

    @PostMapping
    public ResponseEntity<RecordViews.RecordView> record(@Valid @RequestBody RecordFindingRequest request) {
        ListingCase recorded = cases.record(request, users.require());
        return ResponseEntity.created(URI.create("/api/v1/records/" + recorded.id())).body(views.of(recorded));
    }

    @GetMapping("/{id}")
    public RecordViews.RecordView get(@PathVariable long id) {
        return views.of(cases.view(id, users.require()));
    }

    /** The records of a subject (an enterprise: its own, whatever it asks for); every look-up is logged. */
    @GetMapping
    public List<RecordViews.RecordView> list(@RequestParam(required = false) String subjectCode,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        CurrentUser user = users.require();
        List<RecordViews.RecordView> records = cases.list(user, subjectCode, page, size).stream()
                .map(views::summary).toList();
        String subject = user.isEnterprise() ? user.subjectCode() : subjectCode;
        if (subject != null && !subject.isBlank()) {
            audit.record(AuditAction.SUBJECT_VIEWED, subject, null, "records listed (" + records.size() + ")", null);
        }
        return records;
    }
}
