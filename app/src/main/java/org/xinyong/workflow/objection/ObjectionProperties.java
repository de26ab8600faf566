package org.xinyong.workflow.objection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on pausing the verification clock for supplementary evidence. seed000 §五(五) gives the source department
 * 20 days to verify an objection; a pause that could be repeated or set far ahead would undo that limit, so a pause is
 * bounded (DOMAIN.md Lifecycle B.6; issue 13 item 8).
 *
 * @param evidenceReplyMaxWorkingDays the applicant's reply date is at most this many working days after the request
 *                                    (default 10)
 * @param evidenceRequestsPerObjection how many times one objection's clock may be paused (default 1)
 */
@ConfigurationProperties("xinyong.objection")
public record ObjectionProperties(@DefaultValue("10") int evidenceReplyMaxWorkingDays,
                                  @DefaultValue("1") int evidenceRequestsPerObjection) {
}
