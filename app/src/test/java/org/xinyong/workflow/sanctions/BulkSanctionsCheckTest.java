package org.xinyong.workflow.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.core.io.ClassPathResource;
import org.xinyong.workflow.audit.AuditEvent;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarProperties;
import org.xinyong.workflow.errors.InvalidFieldException;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectCodeChecker;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.validation.ValidationProperties;

/**
 * The matter-specific bulk check (API.md {@code POST /sanctions/checks}; seed000 §五(四) 自动比对、自动拦截): per code only
 * the measures restricting the matter, suspension by an objection (seed000 §五(五)), invalid codes answered as such,
 * and every code logged in one batch (seed001 §四 12).
 */
class BulkSanctionsCheckTest {

    private static final String LISTED = "91230400MA19XY0035";
    private static final String SUSPENDED = "91410526MA3X00004Y";
    private static final String NOT_LISTED = org.xinyong.workflow.listing.TestSubjects.enterpriseCode();
    private static final String INVALID = "91230400MA19XY0036";

    private final ListingRepository listings = mock(ListingRepository.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final org.xinyong.workflow.watchlist.WatchLists watchLists =
            org.mockito.Mockito.mock(org.xinyong.workflow.watchlist.WatchLists.class);
    private final SanctionsProperties properties = new SanctionsProperties(1000,
            new ClassPathResource("data/reference/matters.json"));
    private final MatterCatalogue matters = new MatterCatalogue(properties, new ObjectMapper());
    private final BulkSanctionsCheck check = new BulkSanctionsCheck(listings, matters,
            new SubjectCodeChecker(new ValidationProperties(false),
                    new BusinessClock(new CalendarProperties(ZoneId.of("Asia/Shanghai"), null))),
            audit, properties, meters, watchLists);

    @Test
    void answersOnlyTheMeasuresRestrictingTheMatter() {
        when(listings.inForceForAll(org.mockito.ArgumentMatchers.anyCollection())).thenReturn(List.of(
                listing(1, LISTED, ListingStatus.ACTIVE, "M-PROCUREMENT-BAN", "M-FOOD-LICENCE-BAN"),
                listing(2, SUSPENDED, ListingStatus.SUSPENDED, "M-PROCUREMENT-BAN")));

        BulkSanctionsCheck.Result procurement = check.check(List.of(LISTED, SUSPENDED, NOT_LISTED, INVALID),
                "GOVERNMENT_PROCUREMENT", "采购项目 2026-17 供应商资格审查");

        assertThat(procurement.checkId()).isNotBlank();
        assertThat(procurement.results()).extracting(BulkSanctionsCheck.CodeResult::subjectCode)
                .containsExactly(LISTED, SUSPENDED, NOT_LISTED, INVALID);
        BulkSanctionsCheck.CodeResult listed = procurement.results().get(0);
        assertThat(listed.valid()).isTrue();
        assertThat(listed.listed()).isTrue();
        assertThat(listed.suspended()).isFalse();
        assertThat(listed.measures()).containsExactly("M-PROCUREMENT-BAN");
        assertThat(listed.watchList()).isFalse();
        assertThat(listed.redListed()).isFalse();
        assertThat(listed.incentives()).isEmpty();
        BulkSanctionsCheck.CodeResult suspended = procurement.results().get(1);
        assertThat(suspended.listed()).isTrue();
        assertThat(suspended.suspended()).isTrue();
        assertThat(suspended.measures()).isEmpty();
        assertThat(procurement.results().get(2).valid()).isTrue();
        assertThat(procurement.results().get(2).listed()).isFalse();
        BulkSanctionsCheck.CodeResult invalid = procurement.results().get(3);
        assertThat(invalid.valid()).isFalse();
        assertThat(invalid.listed()).isFalse();
        verify(listings).inForceForAll(List.of(LISTED, SUSPENDED, NOT_LISTED));

        assertThat(check.check(List.of(LISTED), "ADMINISTRATIVE_LICENCE", null).results().get(0).measures())
                .containsExactly("M-FOOD-LICENCE-BAN");
        assertThat(check.check(List.of(LISTED), "HONOURS", null).results().get(0).measures()).isEmpty();
    }

    /** A subject on the watch list (a general record, seed003 §二(四)2) is answered so, in one look-up per batch. */
    @Test
    void watchListIsAnsweredPerCodeFromOneLookUp() {
        when(listings.inForceForAll(org.mockito.ArgumentMatchers.anyCollection())).thenReturn(List.of());
        when(watchLists.onWatchListAmong(List.of(LISTED, NOT_LISTED))).thenReturn(java.util.Set.of(NOT_LISTED));

        BulkSanctionsCheck.Result answer = check.check(List.of(LISTED, NOT_LISTED, INVALID), "GOVERNMENT_PROCUREMENT", null);

        assertThat(answer.results()).extracting(BulkSanctionsCheck.CodeResult::watchList).containsExactly(false, true, false);
        assertThat(answer.results().get(1).listed()).isFalse();
        verify(watchLists).onWatchListAmong(List.of(LISTED, NOT_LISTED));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCodeIsLoggedInOneBatchWithMatterAndPurpose() {
        when(listings.inForceForAll(org.mockito.ArgumentMatchers.anyCollection())).thenReturn(List.of());

        BulkSanctionsCheck.Result result = check.check(List.of(LISTED, " " + NOT_LISTED.toLowerCase() + " ", INVALID),
                "BIDDING", "  招标项目 HX-2026-3  ");

        ArgumentCaptor<List<AuditEvent>> logged = ArgumentCaptor.forClass(List.class);
        verify(audit, times(1)).recordAll(logged.capture());
        assertThat(logged.getValue()).extracting(AuditEvent::subjectCode).containsExactly(LISTED, NOT_LISTED, INVALID);
        assertThat(logged.getValue()).allSatisfy(event -> {
            assertThat(event.action()).isEqualTo("SANCTIONS_QUERIED");
            assertThat(event.caseRef()).isEqualTo("sanctions-check:" + result.checkId());
            assertThat(event.purpose()).isEqualTo("招标项目 HX-2026-3");
            assertThat(event.detail()).contains("matter=BIDDING");
        });
        assertThat(meters.counter(SanctionsCheck.CHECKS, "result", "not_listed").count()).isEqualTo(2.0);
        assertThat(meters.counter(SanctionsCheck.CHECKS, "result", "invalid").count()).isEqualTo(1.0);
    }

    @Test
    void refusesNoCodesTooManyCodesAndUnknownMatters() {
        assertThatThrownBy(() -> check.check(List.of(), "BIDDING", null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> check.check(null, "BIDDING", null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> check.check(Collections.nCopies(1001, LISTED), "BIDDING", null))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> check.check(List.of(LISTED), "FISHING_LICENCE", null))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> check.check(List.of(LISTED), null, null)).isInstanceOf(InvalidFieldException.class);
        verify(audit, never()).recordAll(org.mockito.ArgumentMatchers.any());
        assertThat(check.check(Collections.nCopies(1000, NOT_LISTED), "BIDDING", null).results()).hasSize(1000);
        // one query for a thousand codes, not a thousand
        verify(listings, times(1)).inForceForAll(List.of(NOT_LISTED));
    }

    private static Listing listing(long id, String subject, ListingStatus status, String... measures) {
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        return new Listing(id, id, SubjectType.ENTERPRISE, subject, "示例企业", "amr", SeriousListDomain.MARKET_ORDER,
                Severity.SERIOUS, status, at, at, at, null, null, List.of(measures));
    }
}
