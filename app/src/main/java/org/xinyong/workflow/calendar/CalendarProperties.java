package org.xinyong.workflow.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone the time zone in which legal days are counted (China Standard Time)
 */
@ConfigurationProperties("xinyong.calendar")
public record CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
