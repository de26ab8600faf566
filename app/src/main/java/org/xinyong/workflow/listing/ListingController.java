package org.xinyong.workflow.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.security.CurrentUsers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** API.md {@code /listings}: an enterprise sees its own listings only; staff their department's or all. */
@RestController
@Validated
@RequestMapping("/api/v1/listings")
public class ListingController {

    public record ListingView(long id, long caseId, String subjectType, String subjectCode, String subjectName,
                              String departmentCode, SeriousListDomain domain, String severity, ListingStatus status,
                              LocalDate listedOn, Instant listedAt, Instant publishUntil, Instant repairableFrom,
                              Instant endedAt, String endReason, List<String> measures,
                              List<ListingProcedures.Summary> objections, List<ListingProcedures.Summary> repairs) {
    }

    private final Listings listings;
    private final CurrentUsers users;

    public ListingController(Listings listings, CurrentUsers users) {
        this.listings = listings;
        this.users = users;
    }

    @GetMapping
    public List<ListingView> list(@RequestParam(required = false) String subjectCode,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return listings.list(users.require(), subjectCode, page, size).stream()
                .map(listing -> listings.view(listing, false)).toList();
    }

    @GetMapping("/{id}")
    public ListingView get(@PathVariable long id) {
        return listings.view(listings.view(id, users.require()), true);
    }
}
