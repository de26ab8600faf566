package org.xinyong.workflow.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.ModelAndView;
import org.xinyong.workflow.publication.PublicList;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.DepartmentKind;
import org.xinyong.workflow.reference.Departments;

class PublicListPageControllerTest {

    PublicList publicList = mock(PublicList.class);
    Departments departments = mock(Departments.class);
    PublicListPageController controller = new PublicListPageController(publicList, departments,
            mock(org.xinyong.workflow.reference.MeasureCatalogue.class));

    @BeforeEach
    void departments() {
        when(departments.all()).thenReturn(List.of(
                new Department("amr", "市场监督管理局", "Administration for Market Regulation", DepartmentKind.IDENTIFYING)));
    }

    @Test
    void aPageReadsTwentyEntriesAndLooksOneEntryPastThemForANextPage() {
        when(publicList.search("示例", 2, 20)).thenReturn(List.of(entry(1)));
        when(publicList.search("示例", 60, 1)).thenReturn(List.of(entry(2)));

        ModelAndView page = controller.list(" 示例 ", "2", Locale.SIMPLIFIED_CHINESE);

        assertThat(page.getModel()).containsEntry("q", "示例").containsEntry("pageNumber", 2)
                .containsEntry("hasNext", true);
        @SuppressWarnings("unchecked")
        List<PublicListPageController.Row> rows = (List<PublicListPageController.Row>) page.getModel().get("rows");
        assertThat(rows).singleElement().extracting(PublicListPageController.Row::departmentName)
                .isEqualTo("市场监督管理局");
    }

    @Test
    void lastPageHasNoNextAndABlankQuerySearchesEverything() {
        when(publicList.search(null, 0, 20)).thenReturn(List.of(entry(1)));
        when(publicList.search(null, 20, 1)).thenReturn(List.of());

        ModelAndView page = controller.list("   ", "0", Locale.ENGLISH);

        assertThat(page.getModel()).containsEntry("hasNext", false).containsEntry("q", "");
        @SuppressWarnings("unchecked")
        List<PublicListPageController.Row> rows = (List<PublicListPageController.Row>) page.getModel().get("rows");
        assertThat(rows).singleElement().extracting(PublicListPageController.Row::departmentName)
                .isEqualTo("Administration for Market Regulation");
    }

    @Test
    void theFirstPageShowsTheLatestCorrectionsWithTheirDepartment() {
        when(publicList.corrections(0, PublicListPageController.CORRECTIONS_SHOWN)).thenReturn(List.of(
                new PublicList.Correction(7, "ENTERPRISE", "示例企业", "91230400MA19XY0035", "amr",
                        LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 2))));

        ModelAndView first = controller.list("", "0", Locale.SIMPLIFIED_CHINESE);
        ModelAndView second = controller.list("", "1", Locale.SIMPLIFIED_CHINESE);

        @SuppressWarnings("unchecked")
        List<PublicListPageController.CorrectionRow> corrections =
                (List<PublicListPageController.CorrectionRow>) first.getModel().get("corrections");
        assertThat(corrections).singleElement().satisfies(row -> {
            assertThat(row.correction().listingId()).isEqualTo(7);
            assertThat(row.departmentName()).isEqualTo("市场监督管理局");
        });
        assertThat(second.getModel()).containsEntry("corrections", List.of());
    }

    @Test
    void tooLongAQueryIsNotSearched() {
        ModelAndView page = controller.list("x".repeat(PublicListPageController.MAX_QUERY + 1), "0", Locale.CHINA);

        assertThat(page.getModel()).containsEntry("queryTooLong", true).containsEntry("rows", List.of());
        verify(publicList, never()).search(any(), anyInt(), anyInt());
    }

    @Test
    void malformedOrOutOfRangePageNumbersFallBackToTheNearestPage() {
        assertThat(PublicListPageController.pageNumber("abc")).isZero();
        assertThat(PublicListPageController.pageNumber("-3")).isZero();
        assertThat(PublicListPageController.pageNumber(" 4 ")).isEqualTo(4);
        assertThat(PublicListPageController.pageNumber("999999")).isEqualTo(PublicListPageController.MAX_PAGE);
    }

    private static PublicList.Entry entry(long id) {
        return new PublicList.Entry(id, "ENTERPRISE", "示例企业", "91230400MA19XY0035", "amr", "MARKET_ORDER",
                "SERIOUS", LocalDate.of(2026, 1, 10), LocalDate.of(2029, 1, 9), false);
    }
}
