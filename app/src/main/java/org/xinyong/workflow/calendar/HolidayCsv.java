package org.xinyong.workflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a holiday file ({@code data/holidays/<year>.csv}): lines {@code day,type,name} after a header line,
 * {@code #} lines are comments naming the source. Every row must lie in the file's year, and a WORKDAY must be a
 * Saturday or Sunday (a make-up working day on a weekday would mean nothing).
 */
public final class HolidayCsv {

    private static final String HEADER = "day,type,name";

    private HolidayCsv() {
    }

    public static List<CalendarDay> read(String fileName, int year, InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<CalendarDay> days = new ArrayList<>();
            Set<LocalDate> seen = new HashSet<>();
            boolean headerSeen = false;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.replace("\uFEFF", "").equals(HEADER)) {
                        throw new HolidayFileException(fileName, lineNumber, "expected the header '" + HEADER + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                CalendarDay day = parse(fileName, lineNumber, trimmed, year);
                if (!seen.add(day.date())) {
                    throw new HolidayFileException(fileName, lineNumber, "day " + day.date() + " appears twice");
                }
                days.add(day);
            }
            if (!headerSeen) {
                throw new HolidayFileException(fileName, 0, "no header line '" + HEADER + "'");
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday file " + fileName, e);
        }
    }

    private static CalendarDay parse(String fileName, int lineNumber, String line, int year) {
        String[] fields = line.split(",", 3);
        if (fields.length != 3 || fields[2].isBlank()) {
            throw new HolidayFileException(fileName, lineNumber, "expected day,type,name but found '" + line + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw new HolidayFileException(fileName, lineNumber, "day '" + fields[0] + "' is not a yyyy-MM-dd date");
        }
        if (date.getYear() != year) {
            throw new HolidayFileException(fileName, lineNumber, "day " + date + " is not in " + year);
        }
        DayType type;
        try {
            type = DayType.valueOf(fields[1].strip());
        } catch (IllegalArgumentException e) {
            throw new HolidayFileException(fileName, lineNumber, "type '" + fields[1] + "' is not HOLIDAY or WORKDAY");
        }
        if (type == DayType.WORKDAY && !isWeekend(date)) {
            throw new HolidayFileException(fileName, lineNumber,
                    "WORKDAY " + date + " is a " + date.getDayOfWeek() + "; make-up working days are weekend days");
        }
        return new CalendarDay(date, type, fields[2].strip());
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
