package org.xinyong.workflow.watchlist;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.security.CurrentUser;

/**
 * The watch list (重点关注名单; DOMAIN.md "Records and graded handling"; issue 14): a general (较重) record puts the
 * subject on it for the rule set's watchListPeriod with its watchListMeasures (seed003 §二(四)2: a focus of routine
 * and random inspection, publicity within an appropriate scope, fewer chances of government funding, a time-limited
 * ban from government procurement) — never the joint sanctions of the serious list. An entry expires by date.
 */
@Service
public class WatchLists {

    private final WatchListRepository entries;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;

    public WatchLists(WatchListRepository entries, AuditLog audit, BusinessClock clock,
                      ApplicationEventPublisher events) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The general record of {@code recordId} enters the watch list from now (once; in the caller's transaction). */
    @Transactional
    public WatchListEntry enter(long recordId, String subjectType, String subjectCode, String subjectName,
                                String departmentCode, RuleSet ruleSet) {
        Instant since = clock.now();
        Instant until = after(since, ruleSet.watchListPeriod().duration());
        // published for the rule set's period of general records (seed003 §二(四)2 适当范围的公示; 国办发〔2025〕22号)
        Instant publishUntil = after(since, ruleSet.publicationPeriod(Severity.GENERAL).duration());
        WatchListEntry entry = entries.insertOnce(new WatchListEntry(0, recordId, subjectType, subjectCode, subjectName,
                departmentCode, since, until, ruleSet.watchListMeasures().codes(), null, null), publishUntil);
        if (entry.since().equals(since)) {
            audit.record(AuditAction.WATCH_LIST_ENTERED, subjectCode, "LISTING-" + recordId,
                    "watch list until " + until.atZone(clock.zone()).toLocalDate() + ", measures " + entry.measures()
                            + "; rule set " + ruleSet.id(), null);
            // the platforms learn of the entry in the same transaction (exchange.WatchListEvents)
            events.publishEvent(new WatchListEntered(entry));
        }
        return entry;
    }

    /** The published general records now (the public page; seed003 §二(四)2). */
    public List<WatchListRepository.PublishedEntry> published(String query, int page, int size) {
        return entries.published(query, clock.now(), size, Math.multiplyExact(page, size));
    }

    /** Whether the subject is on the watch list now (the sanctions check's {@code watchList}). */
    public boolean isOnWatchList(String subjectCode) {
        return entries.activeFor(subjectCode, clock.now());
    }

    /** Of a batch of codes, those on the watch list now (the bulk check's {@code watchList}). */
    public java.util.Set<String> onWatchListAmong(java.util.Collection<String> subjectCodes) {
        return entries.activeAmong(subjectCodes, clock.now());
    }

    /**
     * {@code GET /watch-list?subjectCode=}: staff see any subject's entries (the view is logged); an enterprise only
     * its own.
     */
    public List<WatchListEntry> ofSubject(String subjectCode, CurrentUser user) {
        if (user.isEnterprise()) {
            if (user.subjectCode() == null || !user.subjectCode().equals(subjectCode)) {
                throw new AccessDeniedException("An enterprise sees only its own watch-list entries");
            }
        } else if (!user.isStaff() && !user.isSupervisor()) {
            throw new AccessDeniedException("Staff and supervisors read the watch list");
        }
        List<WatchListEntry> found = entries.ofSubject(subjectCode);
        if (!user.isEnterprise()) {
            audit.record(AuditAction.SUBJECT_VIEWED, subjectCode, null, "watch list viewed, " + found.size()
                    + " entries", null);
        }
        return found;
    }

    public Instant now() {
        return clock.now();
    }

    private Instant after(Instant from, LegalDuration period) {
        ZonedDateTime start = from.atZone(clock.zone());
        return switch (period.unit()) {
            case YEARS -> start.plusYears(period.amount()).toInstant();
            case MONTHS -> start.plusMonths(period.amount()).toInstant();
            case CALENDAR_DAYS, WORKING_DAYS -> start.plusDays(period.amount()).toInstant();
        };
    }
}
