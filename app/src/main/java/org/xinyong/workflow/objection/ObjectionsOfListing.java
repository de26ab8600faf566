package org.xinyong.workflow.objection;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.listing.ListingProcedures;

/** The objections shown with a listing. */
@Component
class ObjectionsOfListing implements ListingProcedures {

    private final ObjectionRepository objections;

    ObjectionsOfListing(ObjectionRepository objections) {
        this.objections = objections;
    }

    @Override
    public Kind kind() {
        return Kind.OBJECTION;
    }

    @Override
    public List<Summary> of(long listingId) {
        return objections.ofListing(listingId).stream()
                .map(objection -> new Summary(objection.id(), objection.status().name(), objection.receivedAt(),
                        objection.decidedAt(), objection.outcome()))
                .toList();
    }
}
