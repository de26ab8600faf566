package org.xinyong.workflow.objection;

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

/** Lifecycle B, the objection, as the shared screens see it (DOMAIN "Lifecycle B"). */
@Component
public class ObjectionCaseKind implements CaseKind {

    static final Set<String> OPEN = Arrays.stream(ObjectionStatus.values()).filter(ObjectionStatus::isOpen)
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final ObjectionRepository objections;
    private final ObjectionAccess access;
    private final ListingCaseRepository listingCases;

    public ObjectionCaseKind(ObjectionRepository objections, ObjectionAccess access, ListingCaseRepository listingCases) {
        this.objections = objections;
        this.access = access;
        this.listingCases = listingCases;
    }

    @Override
    public CaseType type() {
        return CaseType.OBJECTION;
    }

    @Override
    public String processKey() {
        return Objections.PROCESS_KEY;
    }

    @Override
    public String table() {
        return "objection";
    }

    @Override
    public Set<String> openStatuses() {
        return OPEN;
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(ObjectionStatus.values()).map(Enum::name).toList();
    }

    @Override
    public String caseListSql() {
        return "select o.id as case_id, o.status, o.department_code, o.subject_code, c.subject_name, o.received_at as opened_at from objection o join listing_case c on c.id = o.listing_case_id";
    }

    @Override
    public String statusLabelPrefix() {
        return "objection.status.";
    }

    /** An objection concerns a listing case's subject. */
    @Override
    public Optional<String> subjectName(long caseId) {
        return objections.find(caseId).map(Objection::listingCaseId).flatMap(listingCases::find)
                .map(ListingCase::subjectName);
    }

    @Override
    public boolean mayView(CurrentUser user, long caseId) {
        return objections.find(caseId).filter(objection -> access.mayView(user, objection)).isPresent();
    }
}
