package org.xinyong.workflow.watchlist;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;

/**
 * The end of a watch-list entry's period (rule set watchListPeriod; seed003 §二(四)2): the entry is no longer in
 * force from its {@code until} (the sanctions check and the pages read it so at once); this timer announces the end
 * once — audit entry and {@code watchlist.exited} for the platforms — each entry in its own transaction, claimed by a
 * conditional update so that any number of nodes may run it.
 */
@Component
public class WatchListExpiry {

    private static final Logger log = LoggerFactory.getLogger(WatchListExpiry.class);

    private final WatchListRepository entries;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final int batch;

    public WatchListExpiry(WatchListRepository entries, AuditLog audit, BusinessClock clock,
                           ApplicationEventPublisher events, TransactionTemplate transactions,
                           @Value("${xinyong.watch-list.expiry.batch:500}") int batch) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${xinyong.watch-list.expiry.interval:PT5M}",
            initialDelayString = "${xinyong.watch-list.expiry.interval:PT5M}")
    void scheduled() {
        try {
            announceEnded();
        } catch (RuntimeException failed) {
            log.warn("Watch-list expiry run failed; the next run retries", failed);
        }
    }

    /** Announces every entry whose period has ended; answers how many this run announced. */
    public int announceEnded() {
        Instant now = clock.now();
        int announced = 0;
        List<WatchListEntry> ended;
        int before;
        do {
            before = announced;
            ended = entries.endedUnannounced(now, batch);
            for (WatchListEntry entry : ended) {
                Boolean mine = transactions.execute(status -> {
                    if (!entries.markExited(entry.id(), now)) {
                        return false;
                    }
                    audit.record(AuditAction.WATCH_LIST_EXITED, entry.subjectCode(), "LISTING-" + entry.recordId(),
                            "watch list entry " + entry.id() + " ended " + entry.until().atZone(clock.zone())
                                    .toLocalDate() + " (watchListPeriod)", null);
                    events.publishEvent(new WatchListExited(entry));
                    return true;
                });
                if (Boolean.TRUE.equals(mine)) {
                    announced++;
                }
            }
        } while (ended.size() == batch && announced > before);
        return announced;
    }
}
