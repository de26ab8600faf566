package org.xinyong.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;
import org.xinyong.workflow.security.Roles;

class DashboardControllerTest {

    private final Dashboard dashboard = mock(Dashboard.class);
    private final DashboardTables tables = mock(DashboardTables.class);
    private final CurrentUsers users = mock(CurrentUsers.class);
    private final DashboardController controller = new DashboardController(dashboard, tables, users);

    @Test
    void filtersAreReadLenientlyAnUnknownLifecycleMeansEveryLifecycle() {
        assertThat(DashboardController.filter(" amr ", "objection"))
                .isEqualTo(new DashboardFilter("amr", CaseType.OBJECTION));
        assertThat(DashboardController.filter("", "NO_SUCH_TYPE")).isEqualTo(DashboardFilter.NONE);
        assertThat(DashboardController.filter(null, null)).isEqualTo(DashboardFilter.NONE);
    }

    @Test
    void pageShowsTheViewForTheSignedInReaderWithTheFilters() {
        CurrentUser supervisor = new CurrentUser("supervisor", "监督员", Roles.SUPERVISOR, java.util.Set.of(), null,
                null);
        when(users.find()).thenReturn(Optional.of(supervisor));
        DashboardView view = mock(DashboardView.class);
        when(dashboard.view(new DashboardFilter("tax", CaseType.REPAIR), supervisor, Locale.CHINA)).thenReturn(view);
        ExtendedModelMap model = new ExtendedModelMap();

        String template = controller.page("tax", "REPAIR", Locale.CHINA, model);

        assertThat(template).isEqualTo("dashboard/index");
        assertThat(model.get("dashboard")).isSameAs(view);
        assertThat(model.get("tables")).isEqualTo(DashboardTables.NAMES);
    }

    @Test
    void csvIsAnAttachmentInUtf8NamedAfterItsTable() {
        CsvTable table = new CsvTable("listings", List.of("月份"), List.of(List.of("2026-06")));
        when(tables.table(eq("listings"), any(), eq(Locale.CHINA))).thenReturn(Optional.of(table));

        ResponseEntity<byte[]> response = controller.csv("listings", "amr", null, Locale.CHINA);

        verify(tables).table("listings", new DashboardFilter("amr", null), Locale.CHINA);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(DashboardController.CSV);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"dashboard-listings.csv\"");
        assertThat(response.getBody()).isEqualTo(table.toBytes());
    }

    @Test
    void anUnknownTableIsNotFound() {
        when(tables.table(eq("secrets"), any(), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> controller.csv("secrets", null, null, Locale.CHINA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }
}
