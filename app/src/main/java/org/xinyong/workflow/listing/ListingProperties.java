package org.xinyong.workflow.listing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param documentIssuer         the name the documents' number starts with, e.g. the county's short name
 * @param earliestBasisDate      the earliest date a basis document may carry; before it a date is a typing error
 *                               (0000-01-01, -999999999-01-01). Default 1990-01-01: the Administrative Litigation
 *                               Law (1989, in force 1990-10-01) and the Administrative Penalty Law (1996) that the
 *                               bases of a finding rest on are younger (issue 18.6)
 */
@ConfigurationProperties("xinyong.listing")
public record ListingProperties(@DefaultValue("信") String documentIssuer,
                                @DefaultValue("1990-01-01") java.time.LocalDate earliestBasisDate) {
}
