package org.xinyong.workflow.listing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param escalationWindowMonths how far back earlier records count for severity escalation: "一年内有3次(含)以上"
 *                               (seed003 §二(一)2), i.e. 12 months
 * @param escalationRecordCount  the how-many-th record of a class within the window escalates, this one included:
 *                               "一年内有3次(含)以上轻微/较重失信行为" (seed003 §二(一)2), i.e. the third
 * @param documentIssuer         the name the documents' number starts with, e.g. the county's short name
 * @param earliestBasisDate      the earliest date a basis document may carry; before it a date is a typing error
 *                               (0000-01-01, -999999999-01-01). Default 1990-01-01: the Administrative Litigation
 *                               Law (1989, in force 1990-10-01) and the Administrative Penalty Law (1996) that the
 *                               bases of a finding rest on are younger (issue 18.6)
 */
@ConfigurationProperties("xinyong.listing")
public record ListingProperties(@DefaultValue("12") int escalationWindowMonths,
                                @DefaultValue("3") int escalationRecordCount,
                                @DefaultValue("信") String documentIssuer,
                                @DefaultValue("1990-01-01") java.time.LocalDate earliestBasisDate) {
}
