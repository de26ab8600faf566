package org.xinyong.workflow.exchange;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.watchlist.WatchListEntered;
import org.xinyong.workflow.watchlist.WatchListExited;
import org.xinyong.workflow.watchlist.WatchListEntry;

/**
 * {@code watchlist.entered} in the feed, written in the transaction that made the entry (transactional outbox;
 * DOMAIN.md "Exchange": the platforms must learn of every watch-list entry; seed000 §三 归集).
 */
@Component
public class WatchListEvents {

    private final ExchangeEvents events;

    public WatchListEvents(ExchangeEvents events) {
        this.events = events;
    }

    @EventListener
    public void entered(WatchListEntered entered) {
        WatchListEntry entry = entered.entry();
        events.record("watchlist.entered", entry.subjectCode(),
                "/api/v1/watch-list?subjectCode=" + entry.subjectCode(),
                Map.of("entryId", entry.id(), "recordId", entry.recordId(), "since", entry.since().toString(),
                        "until", entry.until().toString(), "measures", entry.measures()));
    }

    /** {@code watchlist.exited}: the entry's period ended (watchlist.WatchListExpiry), in that transaction. */
    @EventListener
    public void exited(WatchListExited exited) {
        WatchListEntry entry = exited.entry();
        events.record("watchlist.exited", entry.subjectCode(),
                "/api/v1/watch-list?subjectCode=" + entry.subjectCode(),
                Map.of("entryId", entry.id(), "recordId", entry.recordId(), "until", entry.until().toString(),
                        "reason", "EXPIRED"));
    }
}
