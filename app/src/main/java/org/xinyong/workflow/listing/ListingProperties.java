package org.xinyong.workflow.listing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param escalationWindowMonths how far back earlier records count for severity escalation: "一年内有3次(含)以上"
 *                               (seed003 §二(一)2), i.e. 12 months
 * @param escalationRecordCount  the how-many-th record of a class within the window escalates, this one included:
 *                               "一年内有3次(含)以上轻微/较重失信行为" (seed003 §二(一)2), i.e. the third
 * @param documentIssuer         the name the documents' number starts with, e.g. the county's short name
 */
@ConfigurationProperties("xinyong.listing")
public record ListingProperties(@DefaultValue("12") int escalationWindowMonths,
                                @DefaultValue("3") int escalationRecordCount,
                                @DefaultValue("信") String documentIssuer) {
}
