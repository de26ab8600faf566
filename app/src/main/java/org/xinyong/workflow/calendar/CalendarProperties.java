package org.xinyong.workflow.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone         the time zone in which legal days are counted (China Standard Time)
 * @param holidayFiles the shipped holiday files, one per year ({@code <year>.csv}), each loaded into an empty year
 */
@ConfigurationProperties("xinyong.calendar")
public record CalendarProperties(ZoneId zone, String holidayFiles) {

    public static final String DEFAULT_HOLIDAY_FILES = "classpath:data/holidays/*.csv";

    @ConstructorBinding
    public CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                              @DefaultValue(DEFAULT_HOLIDAY_FILES) String holidayFiles) {
        this.zone = zone;
        this.holidayFiles = holidayFiles;
    }

    /** Only the zone, for code and tests that need no holiday files. */
    public CalendarProperties(ZoneId zone) {
        this(zone, DEFAULT_HOLIDAY_FILES);
    }
}
