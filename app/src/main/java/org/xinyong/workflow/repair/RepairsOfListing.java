package org.xinyong.workflow.repair;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.listing.ListingProcedures;

/** The repairs shown with a listing. */
@Component
class RepairsOfListing implements ListingProcedures {

    private final RepairRepository repairs;

    RepairsOfListing(RepairRepository repairs) {
        this.repairs = repairs;
    }

    @Override
    public Kind kind() {
        return Kind.REPAIR;
    }

    @Override
    public List<Summary> of(long listingId) {
        return repairs.ofListing(listingId).stream()
                .map(repair -> new Summary(repair.id(), repair.status().name(), repair.appliedAt(),
                        repair.decidedAt(), repair.outcome()))
                .toList();
    }
}
