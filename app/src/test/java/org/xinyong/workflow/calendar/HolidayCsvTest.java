package org.xinyong.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    private static List<CalendarDay> read(String text) {
        return HolidayCsv.read("test.csv", 2026, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void commentLinesAreSkippedAndRowsRead() {
        List<CalendarDay> days = read("# source\nday,type,name\n2026-01-01,HOLIDAY,元旦\n2026-01-04,WORKDAY,上班\n");
        assertThat(days).containsExactly(
                new CalendarDay(LocalDate.of(2026, 1, 1), DayType.HOLIDAY, "元旦"),
                new CalendarDay(LocalDate.of(2026, 1, 4), DayType.WORKDAY, "上班"));
    }

    @Test
    void makeUpWorkingDayMustFallOnAWeekend() {
        assertThatThrownBy(() -> read("day,type,name\n2026-01-05,WORKDAY,上班\n"))
                .isInstanceOf(HolidayFileException.class)
                .hasMessageContaining("test.csv, line 2").hasMessageContaining("weekend");
    }

    @Test
    void rowOutsideTheFilesYearIsRefused() {
        assertThatThrownBy(() -> read("day,type,name\n2027-01-01,HOLIDAY,元旦\n"))
                .isInstanceOf(HolidayFileException.class).hasMessageContaining("not in 2026");
    }

    @Test
    void unknownTypeAndMissingHeaderAreRefused() {
        assertThatThrownBy(() -> read("day,type,name\n2026-01-01,FEAST,元旦\n"))
                .hasMessageContaining("HOLIDAY or WORKDAY");
        assertThatThrownBy(() -> read("2026-01-01,HOLIDAY,元旦\n")).hasMessageContaining("header");
    }

    @Test
    void shippedFilesHaveTheNoticesRows() {
        assertThat(ShippedCalendar.shippedYear(2026)).hasSize(39)
                .filteredOn(day -> day.type() == DayType.WORKDAY).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(ShippedCalendar.shippedYear(2027)).isNotEmpty()
                .noneMatch(day -> day.type() == DayType.WORKDAY);
    }
}
