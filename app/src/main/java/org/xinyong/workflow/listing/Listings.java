package org.xinyong.workflow.listing;

import java.util.List;

import org.springframework.stereotype.Service;
import org.xinyong.workflow.validation.Paging;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.NotFoundException;

/** Reading listings with the access rules applied. */
@Service
public class Listings {

    private final ListingRepository listings;
    private final ListingAccess access;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final List<ListingProcedures> procedures;

    public Listings(ListingRepository listings, ListingAccess access, AuditLog audit, BusinessClock clock,
                    List<ListingProcedures> procedures) {
        this.listings = listings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.procedures = List.copyOf(procedures);
    }

    public List<Listing> list(CurrentUser user, String subjectCode, int page, int size) {
        if (user.isEnterprise()) {
            return listings.list(user.subjectCode(), null, size, Paging.offset(page, size));
        }
        return listings.list(subjectCode, access.departmentFilter(user), size, Paging.offset(page, size));
    }

    public Listing view(long id, CurrentUser user) {
        Listing listing = listings.find(id).filter(found -> access.mayView(user, found))
                .orElseThrow(() -> new NotFoundException("listing.notFound", id));
        if (!user.isEnterprise()) {
            audit.record(AuditAction.SUBJECT_VIEWED, listing.subjectCode(), ListingCase.businessKey(listing.caseId()),
                    "listing " + id + " viewed", null);
        }
        return listing;
    }

    ListingController.ListingView view(Listing l, boolean withProcedures) {
        return new ListingController.ListingView(l.id(), l.caseId(), l.subjectType().name(), l.subjectCode(),
                l.subjectName(), l.departmentCode(), l.domain(), l.severity().name(), l.status(),
                l.listedAt().atZone(clock.zone()).toLocalDate(), l.listedAt(), l.publishUntil(), l.repairableFrom(),
                l.endedAt(), l.endReason(), l.measures(),
                withProcedures ? procedures(ListingProcedures.Kind.OBJECTION, l.id()) : null,
                withProcedures ? procedures(ListingProcedures.Kind.REPAIR, l.id()) : null);
    }

    private List<ListingProcedures.Summary> procedures(ListingProcedures.Kind kind, long listingId) {
        return procedures.stream().filter(source -> source.kind() == kind)
                .flatMap(source -> source.of(listingId).stream()).toList();
    }
}
