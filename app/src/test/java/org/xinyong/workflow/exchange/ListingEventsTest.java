package org.xinyong.workflow.exchange;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.listing.ListingChanged;

/** Every listing change goes to the outbox with its type, subject and a source naming what changed. */
class ListingEventsTest {

    private final ExchangeEvents events = mock(ExchangeEvents.class);
    private final ExchangeProperties properties = new ExchangeProperties("urn:test",
            new ExchangeProperties.Feed(100, 1000), null);
    private final ListingEvents listener = new ListingEvents(events, properties);

    @Test
    void listingChangeIsRecordedWithTheListingAsSource() {
        Map<String, Object> data = Map.of("listingId", 42L, "status", "SUSPENDED");
        listener.on(new ListingChanged(ListingChanged.SUSPENDED, 7, 42L, "91230400MA19XY0035", data));

        verify(events).record(ListingChanged.SUSPENDED, "91230400MA19XY0035", "urn:test/listings/42", data);
    }

    @Test
    void correctionWithoutListingIdNamesTheCase() {
        listener.on(new ListingChanged(ListingChanged.CORRECTED, 7, null, "91230400MA19XY0035", Map.of()));

        verify(events).record(eq(ListingChanged.CORRECTED), eq("91230400MA19XY0035"),
                eq("urn:test/listing-cases/7"), eq(Map.of()));
    }
}
