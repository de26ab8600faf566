package org.xinyong.workflow.repair;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseKind;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.security.CurrentUser;

/** Lifecycle C, credit repair, as the shared screens see it (DOMAIN "Lifecycle C"). */
@Component
public class RepairCaseKind implements CaseKind {

    private static final Set<String> RUNNING = Arrays.stream(RepairStatus.values()).filter(RepairStatus::isRunning)
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final RepairRepository repairs;
    private final RepairAccess access;
    private final ListingCaseRepository listingCases;

    public RepairCaseKind(RepairRepository repairs, RepairAccess access, ListingCaseRepository listingCases) {
        this.repairs = repairs;
        this.access = access;
        this.listingCases = listingCases;
    }

    @Override
    public CaseType type() {
        return CaseType.REPAIR;
    }

    @Override
    public String processKey() {
        return Repairs.PROCESS_KEY;
    }

    @Override
    public String table() {
        return "repair";
    }

    @Override
    public Set<String> openStatuses() {
        return RUNNING;
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(RepairStatus.values()).map(Enum::name).toList();
    }

    @Override
    public String caseListSql() {
        return "select r.id as case_id, r.status, r.department_code, r.subject_code, c.subject_name, r.applied_at as opened_at from repair r join listing_case c on c.id = r.listing_case_id";
    }

    @Override
    public String statusLabelPrefix() {
        return "repair.status.";
    }

    /** A repair concerns a listing case's subject. */
    @Override
    public Optional<String> subjectName(long caseId) {
        return repairs.find(caseId).map(Repair::listingCaseId).flatMap(listingCases::find)
                .map(ListingCase::subjectName);
    }

    @Override
    public boolean mayView(CurrentUser user, long caseId) {
        return repairs.find(caseId).filter(repair -> access.mayView(user, repair)).isPresent();
    }
}
