package org.xinyong.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A {@link WorkingDayCalendar} over the shipped holiday files, without a database: for unit tests. */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    public static WorkingDayCalendar workingDayCalendar() {
        return new WorkingDayCalendar(ShippedCalendar::shippedYear);
    }

    public static List<CalendarDay> shippedYear(int year) {
        String name = "data/holidays/" + year + ".csv";
        try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? List.of() : HolidayCsv.read(name, year, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
