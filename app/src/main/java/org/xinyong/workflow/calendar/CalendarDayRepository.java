package org.xinyong.workflow.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Table {@code calendar_day}. */
@Repository
public class CalendarDayRepository implements CalendarDaySource {

    private final JdbcClient jdbc;

    public CalendarDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarDay> daysOf(int year) {
        return jdbc.sql("""
                        select calendar_date, day_type, name from calendar_day
                        where calendar_date between :first and :last order by calendar_date""")
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, row) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
                        DayType.valueOf(rs.getString("day_type")), rs.getString("name")))
                .list();
    }

    public boolean hasYear(int year) {
        return jdbc.sql("select count(*) from calendar_day where calendar_date between :first and :last")
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query(Long.class).single() > 0;
    }

    @Transactional
    public void insertAll(Collection<CalendarDay> days) {
        for (CalendarDay day : days) {
            jdbc.sql("insert into calendar_day (calendar_date, day_type, name) values (:date, :type, :name)")
                    .param("date", day.date())
                    .param("type", day.type().name())
                    .param("name", day.name())
                    .update();
        }
    }

    public Optional<CalendarDay> find(LocalDate date) {
        return jdbc.sql("select calendar_date, day_type, name from calendar_day where calendar_date = :date")
                .param("date", date)
                .query((rs, row) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
                        DayType.valueOf(rs.getString("day_type")), rs.getString("name")))
                .optional();
    }

    public void insert(CalendarDay day) {
        insertAll(List.of(day));
    }

    /** Changes the type and name of the day's row; answers whether a row was there. */
    public boolean update(CalendarDay day) {
        return jdbc.sql("update calendar_day set day_type = :type, name = :name where calendar_date = :date")
                .param("date", day.date())
                .param("type", day.type().name())
                .param("name", day.name())
                .update() > 0;
    }

    /** Answers whether a row was there. */
    public boolean delete(LocalDate date) {
        return jdbc.sql("delete from calendar_day where calendar_date = :date").param("date", date).update() > 0;
    }
}
