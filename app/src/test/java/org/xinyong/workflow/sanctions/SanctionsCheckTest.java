package org.xinyong.workflow.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

/**
 * The sanctions check (seed000 §五(四) 自动比对、自动拦截): measures apply only while a listing is ACTIVE, are suspended
 * while an objection is verified (seed000 §五(五)), and every query is logged with its purpose (seed001 §四 12).
 */
class SanctionsCheckTest {

    private static final String SUBJECT = "91230400MA19XY0035";
    private static final Instant LISTED_AT = Instant.parse("2026-03-02T02:00:00Z");

    private final ListingRepository listings = mock(ListingRepository.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final org.xinyong.workflow.watchlist.WatchLists watchLists =
            org.mockito.Mockito.mock(org.xinyong.workflow.watchlist.WatchLists.class);
    private final SanctionsCheck check = new SanctionsCheck(listings, audit, new org.xinyong.workflow.validation
            .SubjectCodeChecker(new org.xinyong.workflow.validation.ValidationProperties(false),
            new org.xinyong.workflow.calendar.BusinessClock(new org.xinyong.workflow.calendar.CalendarProperties(
                    java.time.ZoneId.of("Asia/Shanghai"), null))), meters, watchLists);

    /** Issue 18.12: every check served is counted by its result. */
    @Test
    void everyCheckIsCountedByItsResult() {
        when(listings.inForceFor(SUBJECT)).thenReturn(List.of(), List.of(listing(1, ListingStatus.ACTIVE, "M-X")),
                List.of());
        check.check(SUBJECT, null);
        check.check(SUBJECT, null);
        check.check(SUBJECT, null);
        org.assertj.core.api.Assertions.catchThrowable(() -> check.check("91230400MA19XY0036", null));

        assertThat(meters.counter(SanctionsCheck.CHECKS, "result", "not_listed").count()).isEqualTo(2.0);
        assertThat(meters.counter(SanctionsCheck.CHECKS, "result", "listed").count()).isEqualTo(1.0);
        assertThat(meters.counter(SanctionsCheck.CHECKS, "result", "invalid").count()).isEqualTo(1.0);
        assertThat(meters.counter(SanctionsCheck.CHECKS, "result", "suspended").count()).isZero();
    }

    /** Issue 18.5: a wrong check digit is a 400, never "not listed"; nothing is looked up. */
    @Test
    void invalidCodeIsRefusedNotAnsweredAsNotListed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> check.check("91230400MA19XY0036", null))
                .isInstanceOfSatisfying(org.xinyong.workflow.errors.InvalidRequestException.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("sanctions.subjectCode.invalid"));
        org.mockito.Mockito.verifyNoInteractions(listings);
    }

    @Test
    void subjectWithoutListingIsNotSanctioned() {
        when(listings.inForceFor(SUBJECT)).thenReturn(List.of());

        SanctionsCheck.Answer answer = check.check(SUBJECT, "政府采购资格审查");

        assertThat(answer.listed()).isFalse();
        assertThat(answer.suspended()).isFalse();
        assertThat(answer.measures()).isEmpty();
        assertThat(answer.listings().stream().map(SanctionsCheck.ListingInForce::listingId).toList()).isEmpty();
    }

    @Test
    void activeListingAnswersWithItsMeasuresSortedOnce() {
        when(listings.inForceFor(SUBJECT)).thenReturn(List.of(
                listing(1, ListingStatus.ACTIVE, "M-PROCUREMENT-BAN", "M-BID-DISQUALIFY"),
                listing(2, ListingStatus.ACTIVE, "M-PROCUREMENT-BAN", "M-KEY-SUPERVISION")));

        SanctionsCheck.Answer answer = check.check(SUBJECT, null);

        assertThat(answer.listed()).isTrue();
        assertThat(answer.suspended()).isFalse();
        assertThat(answer.measures())
                .containsExactly("M-BID-DISQUALIFY", "M-KEY-SUPERVISION", "M-PROCUREMENT-BAN");
        assertThat(answer.listings().stream().map(SanctionsCheck.ListingInForce::listingId).toList()).containsExactly(1L, 2L);
    }

    @Test
    void listingUnderObjectionSuspendsItsMeasures() {
        when(listings.inForceFor(SUBJECT))
                .thenReturn(List.of(listing(1, ListingStatus.SUSPENDED, "M-PROCUREMENT-BAN")));

        SanctionsCheck.Answer answer = check.check(SUBJECT, null);

        assertThat(answer.listed()).isTrue();
        assertThat(answer.suspended()).isTrue();
        assertThat(answer.measures()).isEmpty();
        assertThat(answer.listings().stream().map(SanctionsCheck.ListingInForce::listingId).toList()).containsExactly(1L);
    }

    @Test
    void subjectIsSuspendedOnlyWhenEveryListingInForceIsSuspended() {
        when(listings.inForceFor(SUBJECT)).thenReturn(List.of(
                listing(1, ListingStatus.SUSPENDED, "M-PROCUREMENT-BAN", "M-BID-DISQUALIFY"),
                listing(2, ListingStatus.ACTIVE, "M-KEY-SUPERVISION"),
                listing(3, ListingStatus.SUSPENDED, "M-TAX-CREDIT-D")));

        SanctionsCheck.Answer answer = check.check(SUBJECT, null);

        assertThat(answer.suspended()).isFalse();
        assertThat(answer.measures()).as("measures of the ACTIVE listing only").containsExactly("M-KEY-SUPERVISION");
        assertThat(answer.listings().stream().map(SanctionsCheck.ListingInForce::listingId).toList()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void everyQueryIsLoggedWithItsPurpose() {
        when(listings.inForceFor(SUBJECT)).thenReturn(List.of(listing(1, ListingStatus.ACTIVE, "M-PROCUREMENT-BAN")));

        check.check(SUBJECT, "  政府采购资格审查 ");

        verify(audit).record(AuditAction.SANCTIONS_QUERIED, SUBJECT, null,
                "listed=true, suspended=false, measures=1, watchList=false", "政府采购资格审查");
    }

    /** API.md watchList: a subject on the watch list is answered so, and is not "listed" for it. */
    @Test
    void watchListIsAnsweredApartFromTheSeriousList() {
        when(listings.inForceFor(SUBJECT)).thenReturn(List.of());
        when(watchLists.isOnWatchList(SUBJECT)).thenReturn(true);

        SanctionsCheck.Answer answer = check.check(SUBJECT, null);

        assertThat(answer.watchList()).isTrue();
        assertThat(answer.listed()).isFalse();
        assertThat(answer.measures()).isEmpty();
    }

    @Test
    void queryWithoutPurposeIsLoggedToo() {
        when(listings.inForceFor(SUBJECT)).thenReturn(List.of());

        check.check(SUBJECT, " ");

        verify(audit).record(eq(AuditAction.SANCTIONS_QUERIED), eq(SUBJECT), isNull(), anyString(), isNull());
    }

    private static Listing listing(long id, ListingStatus status, String... measures) {
        return new Listing(id, 100 + id, SubjectType.ENTERPRISE, SUBJECT, "鹤岗市示例商贸有限公司", "amr",
                SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, status, LISTED_AT,
                LISTED_AT.plusSeconds(3L * 365 * 86_400), LISTED_AT.plusSeconds(365L * 86_400), null, null,
                List.of(measures));
    }
}
