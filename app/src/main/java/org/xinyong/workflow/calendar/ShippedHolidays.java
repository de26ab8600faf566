package org.xinyong.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the holiday files shipped in {@code data/holidays/<year>.csv} into table {@code calendar_day} at start-up,
 * for each year that has no rows yet: once a year is in the table the administrator owns it, and a later start
 * never overwrites their edits.
 */
@Component("shippedHolidays")
@DependsOnDatabaseInitialization
public class ShippedHolidays implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ShippedHolidays.class);
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv");

    private final CalendarDayRepository repository;
    private final String location;

    public ShippedHolidays(CalendarDayRepository repository, CalendarProperties properties) {
        this.repository = repository;
        this.location = properties.holidayFiles();
    }

    @Override
    public void afterPropertiesSet() {
        installMissingYears();
    }

    /** @return how many years were installed */
    public int installMissingYears() {
        int installed = 0;
        for (Resource file : files()) {
            String name = file.getFilename();
            Matcher matcher = YEAR_FILE.matcher(name == null ? "" : name);
            if (!matcher.matches()) {
                throw new HolidayFileException(String.valueOf(name), 0, "the file name must be <year>.csv");
            }
            int year = Integer.parseInt(matcher.group(1));
            if (repository.hasYear(year)) {
                continue;
            }
            List<CalendarDay> days = read(file, name, year);
            repository.insertAll(days);
            installed++;
            log.info("Installed {} holiday calendar rows for {} from {}", days.size(), year, name);
        }
        return installed;
    }

    private Resource[] files() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list holiday files at " + location, e);
        }
    }

    private static List<CalendarDay> read(Resource file, String name, int year) {
        try (InputStream in = file.getInputStream()) {
            return HolidayCsv.read(name, year, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday file " + name, e);
        }
    }
}
