package org.xinyong.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

class PublicListTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    ListingRepository listings = mock(ListingRepository.class);
    BusinessClock clock = mock(BusinessClock.class);
    PublicList publicList = new PublicList(listings, mock(org.xinyong.workflow.listing.ListingCaseRepository.class), clock,
            mock(org.xinyong.workflow.watchlist.WatchLists.class));

    @Test
    void correctionsOfRevokedListingsMaskPeopleAndGiveTheRevocationDayInChina() {
        when(clock.now()).thenReturn(NOW);
        when(clock.zone()).thenReturn(SHANGHAI);
        when(listings.publicCorrections(NOW, 10, 10)).thenReturn(List.of(
                revoked(SubjectType.INDIVIDUAL, "110101199003074514", "张三丰"),
                revoked(SubjectType.ENTERPRISE, "91230400MA19XY0035", "示例商贸有限公司")));

        List<PublicList.Correction> corrections = publicList.corrections(1, 10);

        assertThat(corrections).hasSize(2);
        assertThat(corrections.get(0).subjectName()).isEqualTo("张**");
        assertThat(corrections.get(0).subjectCode()).doesNotContain("19900307").endsWith("4514");
        assertThat(corrections.get(1).subjectName()).isEqualTo("示例商贸有限公司");
        assertThat(corrections.get(1).subjectCode()).isEqualTo("91230400MA19XY0035");
        // 2026-03-01T20:00Z is already 2 March in China
        assertThat(corrections).allSatisfy(correction -> {
            assertThat(correction.revokedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(correction.listedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        });
    }

    private static Listing revoked(SubjectType type, String code, String name) {
        return new Listing(1, 1, type, code, name, "amr", SeriousListDomain.MARKET_ORDER, Severity.SERIOUS,
                ListingStatus.REVOKED, Instant.parse("2026-01-10T01:00:00Z"), Instant.parse("2029-01-10T01:00:00Z"),
                Instant.parse("2027-01-10T01:00:00Z"), Instant.parse("2026-03-01T20:00:00Z"), "OBJECTION_UPHELD",
                List.of());
    }
}
