package org.xinyong.workflow.objection;

import java.util.Arrays;
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
