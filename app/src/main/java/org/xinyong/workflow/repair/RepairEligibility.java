package org.xinyong.workflow.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.errors.RuleViolationException;

/**
 * Whether a listing may be repaired now, and if not why (DOMAIN Lifecycle C.1; seed001 §四 14: repair is possible
 * after the minimum publication period, except for information the law declares non-repairable). The portal shows it
 * before the application form; the application is refused with the same reason (422).
 *
 * @param reasonCode      the message code of the reason; {@code null} when eligible
 * @param reasonArguments the message's arguments
 * @param possibleFrom    the first day an application is possible (the day the minimum publication period has
 *                        passed); also given when eligible
 */
public record RepairEligibility(boolean eligible, String reasonCode, List<Object> reasonArguments,
                                LocalDate possibleFrom) {

    public RepairEligibility {
        reasonArguments = List.copyOf(reasonArguments);
    }

    /**
     * The rules in the order a subject would want to hear them.
     *
     * @param nonRepairableKind the record's kind when the rule set declares it non-repairable, else {@code null}
     * @param anotherRunning    another repair of the listing is running
     * @param now               the business clock's now
     * @param zone              the legal time zone, in which days are counted
     */
    public static RepairEligibility of(Listing listing, String nonRepairableKind, boolean anotherRunning, Instant now,
                                       ZoneId zone) {
        // repairableFrom is 00:00 of the day after the period's last day (deadline.DeadlineCalculator)
        LocalDate possibleFrom = listing.repairableFrom().atZone(zone).toLocalDate();
        if (!listing.status().isInForce()) {
            return refused("repair.notListed", possibleFrom, listing.id());
        }
        if (nonRepairableKind != null) {
            return refused("repair.nonRepairable", possibleFrom, nonRepairableKind);
        }
        if (now.isBefore(listing.repairableFrom())) {
            return refused("repair.tooEarly", possibleFrom, possibleFrom.toString());
        }
        if (anotherRunning) {
            return refused("repair.alreadyRunning", possibleFrom, listing.id());
        }
        return new RepairEligibility(true, null, List.of(), possibleFrom);
    }

    /** The last day of the minimum publication period: the day before an application is possible. */
    public LocalDate minimumPeriodLastDay() {
        return possibleFrom.minusDays(1);
    }

    /** Refuses with 422 and the reason when not eligible. */
    public void require() {
        if (!eligible) {
            throw new RuleViolationException(reasonCode, reasonArguments.toArray());
        }
    }

    private static RepairEligibility refused(String reasonCode, LocalDate possibleFrom, Object argument) {
        return new RepairEligibility(false, reasonCode, List.of(argument), possibleFrom);
    }
}
