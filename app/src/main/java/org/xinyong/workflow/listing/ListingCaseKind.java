package org.xinyong.workflow.listing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseKind;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUser;

/** Lifecycle A, listing identification, as the shared screens see it (DOMAIN "Lifecycle A"). */
@Component
public class ListingCaseKind implements CaseKind {

    private static final Set<String> OPEN = Arrays.stream(ListingCaseStatus.values()).filter(ListingCaseStatus::isOpen)
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final ListingCaseRepository cases;
    private final ListingAccess access;

    public ListingCaseKind(ListingCaseRepository cases, ListingAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public CaseType type() {
        return CaseType.LISTING;
    }

    @Override
    public String processKey() {
        return ListingCases.PROCESS_KEY;
    }

    @Override
    public String table() {
        return "listing_case";
    }

    @Override
    public Set<String> openStatuses() {
        return OPEN;
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(ListingCaseStatus.values()).map(Enum::name).toList();
    }

    @Override
    public String caseListSql() {
        return "select id as case_id, status, department_code, subject_code, subject_name, recorded_at as opened_at from listing_case";
    }

    @Override
    public String statusLabelPrefix() {
        return "listing.status.";
    }

    @Override
    public Optional<String> subjectName(long caseId) {
        return cases.find(caseId).map(ListingCase::subjectName);
    }

    @Override
    public boolean mayView(CurrentUser user, long caseId) {
        return cases.find(caseId).filter(listingCase -> access.mayView(user, listingCase)).isPresent();
    }
}
