package org.xinyong.workflow.exchange;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.listing.ListingChanged;

/**
 * Writes every listing change into the outbox, synchronously in the transaction that made it (an
 * {@link EventListener}, not a transactional one: the event must commit or roll back with the change).
 */
@Component
class ListingEvents {

    private final ExchangeEvents events;
    private final ExchangeProperties properties;

    ListingEvents(ExchangeEvents events, ExchangeProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    @EventListener
    void on(ListingChanged change) {
        String path = change.listingId() != null ? "/listings/" + change.listingId()
                : "/listing-cases/" + change.caseId();
        events.record(change.type(), change.subjectCode(), properties.source() + path, change.data());
    }
}
