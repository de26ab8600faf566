package org.xinyong.workflow.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.calendar.ShippedCalendar;
import org.xinyong.workflow.calendar.WorkingDayCalendar;
import org.xinyong.workflow.deadline.DeadlineCalculator;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSetParser;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.errors.RuleViolationException;

/**
 * Eligibility for credit repair at the edges of the minimum publication period (seed001 §四 14; the shipped seeds'
 * rule set: serious, 1 year). The period's end is computed as the application computes it: by the deadline
 * calculator over the shipped holiday table, as a period of status that a holiday does not move.
 */
class RepairEligibilityTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = ShippedCalendar.workingDayCalendar();
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR, SHANGHAI);
    private static final RuleSet SEEDS = seedsRuleSet();

    @Test
    void repairRefusedOnTheDayBeforeAndOnTheLastDayOfTheMinimumPublicationPeriodAndPossibleTheDayAfter() {
        Listing listing = listingPublishedAt(LocalDateTime.of(2026, 3, 10, 10, 0));

        RepairEligibility dayBefore = eligibilityAt(listing, LocalDateTime.of(2027, 3, 9, 12, 0));
        RepairEligibility lastDay = eligibilityAt(listing, LocalDateTime.of(2027, 3, 10, 23, 59, 59));
        RepairEligibility dayAfter = eligibilityAt(listing, LocalDateTime.of(2027, 3, 11, 0, 0));

        assertThat(dayBefore.eligible()).isFalse();
        assertThat(dayBefore.reasonCode()).isEqualTo("repair.tooEarly");
        assertThat(dayBefore.reasonArguments()).containsExactly("2027-03-11");
        assertThat(dayBefore.possibleFrom()).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(dayBefore.minimumPeriodLastDay()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(lastDay.eligible()).as("the last day counts in full, until 24:00").isFalse();
        assertThat(lastDay.reasonCode()).isEqualTo("repair.tooEarly");
        assertThat(dayAfter.eligible()).isTrue();
        assertThat(dayAfter.reasonCode()).isNull();
        assertThat(dayAfter.possibleFrom()).isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void holidayAtTheEndOfTheMinimumPublicationPeriodDoesNotMoveIt() {
        // published on the eve of National Day 2026: the year ends on 2027-09-30, repair is possible from 1 October,
        // a public holiday; a period of status does not wait for the next working day (8 October)
        Listing listing = listingPublishedAt(LocalDateTime.of(2026, 9, 30, 15, 0));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 10, 1))).as("the shipped 2027 holidays").isFalse();

        RepairEligibility dayBefore = eligibilityAt(listing, LocalDateTime.of(2027, 9, 29, 9, 0));
        RepairEligibility lastDay = eligibilityAt(listing, LocalDateTime.of(2027, 9, 30, 18, 0));
        RepairEligibility holiday = eligibilityAt(listing, LocalDateTime.of(2027, 10, 1, 0, 0));

        assertThat(dayBefore.eligible()).isFalse();
        assertThat(dayBefore.reasonArguments()).containsExactly("2027-10-01");
        assertThat(lastDay.eligible()).isFalse();
        assertThat(holiday.eligible()).isTrue();
        assertThat(holiday.possibleFrom()).isEqualTo(LocalDate.of(2027, 10, 1));
    }

    @Test
    void minimumPeriodThatStartsBeforeAndEndsInTheSpringFestivalEndsOnItsCalendarDay() {
        // the year runs across the Spring Festival of 2026 and its last day is 除夕 2027, a holiday like the day after
        Listing listing = listingPublishedAt(LocalDateTime.of(2026, 2, 5, 9, 30));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 2, 6))).isFalse();

        assertThat(eligibilityAt(listing, LocalDateTime.of(2027, 2, 4, 23, 0)).eligible()).isFalse();
        assertThat(eligibilityAt(listing, LocalDateTime.of(2027, 2, 5, 12, 0)).eligible())
                .as("the last day, 除夕, a holiday").isFalse();
        RepairEligibility firstDay = eligibilityAt(listing, LocalDateTime.of(2027, 2, 6, 0, 0));
        assertThat(firstDay.eligible()).isTrue();
        assertThat(firstDay.possibleFrom()).isEqualTo(LocalDate.of(2027, 2, 6));
    }

    @Test
    void reasonsComeInOrderAndRefuseWith422() {
        Listing active = listingPublishedAt(LocalDateTime.of(2026, 3, 10, 10, 0));
        Instant late = at(LocalDateTime.of(2028, 1, 1, 0, 0));
        Listing removed = withStatus(active, ListingStatus.REMOVED);

        assertThat(RepairEligibility.of(removed, "STATUTORY_NON_REPAIRABLE", true, late, SHANGHAI).reasonCode())
                .isEqualTo("repair.notListed");
        assertThat(RepairEligibility.of(active, "STATUTORY_NON_REPAIRABLE", true, late, SHANGHAI).reasonCode())
                .isEqualTo("repair.nonRepairable");
        assertThat(RepairEligibility.of(active, null, true, at(LocalDateTime.of(2026, 6, 1, 0, 0)), SHANGHAI)
                .reasonCode()).isEqualTo("repair.tooEarly");
        RepairEligibility running = RepairEligibility.of(active, null, true, late, SHANGHAI);
        assertThat(running.reasonCode()).isEqualTo("repair.alreadyRunning");
        assertThat(running.reasonArguments()).containsExactly(active.id());
        assertThat(RepairEligibility.of(withStatus(active, ListingStatus.SUSPENDED), null, false, late, SHANGHAI)
                .eligible()).as("a listing whose objection is being verified is still in force").isTrue();

        assertThatThrownBy(running::require).isInstanceOf(RuleViolationException.class)
                .satisfies(failure -> {
                    RuleViolationException refused = (RuleViolationException) failure;
                    assertThat(refused.errorCode().status().value()).isEqualTo(422);
                    assertThat(refused.messageCode()).isEqualTo("repair.alreadyRunning");
                });
        RepairEligibility.of(active, null, false, late, SHANGHAI).require();
    }

    private static RepairEligibility eligibilityAt(Listing listing, LocalDateTime now) {
        return RepairEligibility.of(listing, null, false, at(now), SHANGHAI);
    }

    /** A serious listing published at {@code publishedAt}, its minimum period computed as ListingProcedure does. */
    private static Listing listingPublishedAt(LocalDateTime publishedAt) {
        Instant listedAt = at(publishedAt);
        Instant repairableFrom = due(DeadlineKind.MINIMUM_PUBLICATION, listedAt);
        Instant publishUntil = due(DeadlineKind.PUBLICATION, listedAt);
        return new Listing(7, 3, SubjectType.ENTERPRISE, "91410526MA3X00004Y", "示例建材有限公司", "amr",
                SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, ListingStatus.ACTIVE, listedAt, publishUntil,
                repairableFrom, null, null, List.of("M-PROCUREMENT-BAN"));
    }

    private static Instant due(DeadlineKind kind, Instant base) {
        return CALCULATOR.due(base, kind.valueIn(SEEDS, Severity.SERIOUS).duration(), kind.isTimeLimitForAct(),
                List.of(), base).dueAt();
    }

    private static Listing withStatus(Listing l, ListingStatus status) {
        return new Listing(l.id(), l.caseId(), l.subjectType(), l.subjectCode(), l.subjectName(), l.departmentCode(),
                l.domain(), l.severity(), status, l.listedAt(), l.publishUntil(), l.repairableFrom(), l.endedAt(),
                l.endReason(), l.measures());
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }

    private static RuleSet seedsRuleSet() {
        String path = "data/rulesets/seeds-default.json";
        try (InputStream in = RepairEligibilityTest.class.getClassLoader().getResourceAsStream(path)) {
            return RuleSetParser.parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
