package org.xinyong.workflow.listing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param escalationWindowMonths how far back earlier records count for severity escalation: "一年内有3次(含)以上"
 *                               (seed003 §二(一)2), i.e. 12 months
 * @param documentIssuer         the name the documents' number starts with, e.g. the county's short name
 */
@ConfigurationProperties("xinyong.listing")
public record ListingProperties(@DefaultValue("12") int escalationWindowMonths,
                                @DefaultValue("信") String documentIssuer) {
}
