package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

class ListingsTest {

    ListingProcedures objections = mock(ListingProcedures.class);
    ListingProcedures repairs = mock(ListingProcedures.class);
    BusinessClock clock = mock(BusinessClock.class);
    Listings listings = new Listings(mock(ListingRepository.class), mock(ListingAccess.class), mock(AuditLog.class),
            clock, List.of(repairs, objections));

    @Test
    void oneListingShowsItsObjectionsAndRepairsAndAPageOfListingsDoesNot() {
        when(clock.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        when(objections.kind()).thenReturn(ListingProcedures.Kind.OBJECTION);
        when(repairs.kind()).thenReturn(ListingProcedures.Kind.REPAIR);
        ListingProcedures.Summary objection = new ListingProcedures.Summary(3, "UPHELD",
                Instant.parse("2026-03-01T02:00:00Z"), Instant.parse("2026-03-15T02:00:00Z"), "uphold");
        ListingProcedures.Summary repair = new ListingProcedures.Summary(8, "APPLIED",
                Instant.parse("2027-02-01T02:00:00Z"), null, null);
        when(objections.of(42)).thenReturn(List.of(objection));
        when(repairs.of(42)).thenReturn(List.of(repair));

        ListingController.ListingView one = listings.view(listing(), true);
        ListingController.ListingView inAPage = listings.view(listing(), false);

        assertThat(one.objections()).containsExactly(objection);
        assertThat(one.repairs()).containsExactly(repair);
        assertThat(inAPage.objections()).isNull();
        assertThat(inAPage.repairs()).isNull();
        verify(objections, never()).of(7);
    }

    private static Listing listing() {
        return new Listing(42, 7, SubjectType.ENTERPRISE, "91230400MA19XY0035", "示例商贸有限公司", "amr",
                SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, ListingStatus.ACTIVE,
                Instant.parse("2026-01-10T01:00:00Z"), Instant.parse("2029-01-10T01:00:00Z"),
                Instant.parse("2027-01-10T01:00:00Z"), null, null, List.of("M-PROCUREMENT-BAN"));
    }
}
