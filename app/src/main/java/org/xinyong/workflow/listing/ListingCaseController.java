package org.xinyong.workflow.listing;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.security.CurrentUsers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** API.md {@code /listing-cases}: record a finding, read a case, state one's case during the notice window. */
@RestController
@Validated
@RequestMapping("/api/v1/listing-cases")
public class ListingCaseController {

    private final ListingCases cases;
    private final ListingStatements statements;
    private final ListingCaseViews views;
    private final CurrentUsers users;
    private final RecordViews records;

    public ListingCaseController(ListingCases cases, ListingStatements statements, ListingCaseViews views,
                                 CurrentUsers users, RecordViews records) {
        this.records = records;
        this.cases = cases;
        this.statements = statements;
        this.views = views;
        this.users = users;
    }

    /**
     * A finding assessed serious is a listing case, answered as one; one assessed minor or general never becomes a
     * listing (seed003 §二(四)1-2) and is answered as the record it is (API.md: the {@code POST /records} body).
     */
    @PostMapping
    public ResponseEntity<?> record(@Valid @RequestBody RecordFindingRequest request) {
        ListingCase recorded = cases.record(request, users.require());
        if (recorded.severity() != Severity.SERIOUS) {
            return ResponseEntity.created(URI.create("/api/v1/records/" + recorded.id())).body(records.of(recorded));
        }
        return ResponseEntity.created(URI.create("/api/v1/listing-cases/" + recorded.id()))
                .body(views.of(recorded));
    }

    @GetMapping
    public List<ListingCaseViews.CaseView> list(@RequestParam(required = false) String subjectCode,
                                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return cases.list(users.require(), subjectCode, page, size).stream().map(views::summary).toList();
    }

    @GetMapping("/{id}")
    public ListingCaseViews.CaseView get(@PathVariable long id) {
        return views.of(cases.view(id, users.require()));
    }

    public record StatementRequest(@NotNull ListingStatements.Kind kind, @NotBlank @Size(max = 4000) String text) {
    }

    @PostMapping("/{id}/statements")
    @ResponseStatus(HttpStatus.CREATED)
    public ListingStatements.Statement fileStatement(@PathVariable long id,
                                                     @Valid @RequestBody StatementRequest request) {
        return statements.file(id, request.kind(), request.text(), users.require());
    }
}
