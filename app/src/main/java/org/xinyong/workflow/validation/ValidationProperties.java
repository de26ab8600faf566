package org.xinyong.workflow.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param verifyOrganisationCode whether a unified social credit code must also carry a valid GB 11714 check char
 *                               in positions 9–17. Off by default: the demo subjects' codes of API.md
 *                               (91230400MA19XY0035, 91410526MA3X00004Y) have a valid GB 32100 check char but
 *                               not this one. A production deployment that never sees made-up codes can turn it on.
 */
@ConfigurationProperties("xinyong.validation.credit-code")
public record ValidationProperties(@DefaultValue("false") boolean verifyOrganisationCode) {
}
