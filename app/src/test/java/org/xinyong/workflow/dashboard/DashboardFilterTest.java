package org.xinyong.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.cases.CaseType;

class DashboardFilterTest {

    @Test
    void linksCarryOnlyTheFiltersThatAreSet() {
        assertThat(DashboardFilter.NONE.link("/dashboard/listings.csv")).isEqualTo("/dashboard/listings.csv");
        assertThat(new DashboardFilter("amr", CaseType.REPAIR).link("/dashboard/data.json"))
                .isEqualTo("/dashboard/data.json?department=amr&lifecycle=REPAIR");
        assertThat(new DashboardFilter("  ", CaseType.LISTING).link("/dashboard"))
                .isEqualTo("/dashboard?lifecycle=LISTING");
    }

    @Test
    void aBlankDepartmentIsNoFilter() {
        assertThat(new DashboardFilter(" ", null).isFiltered()).isFalse();
        assertThat(new DashboardFilter(" tax ", null).department()).isEqualTo("tax");
    }
}
