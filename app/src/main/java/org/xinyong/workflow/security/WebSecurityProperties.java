package org.xinyong.workflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinyong.security.*}.
 *
 * @param contentSecurityPolicy the Content-Security-Policy of the application's own pages (not of the Camunda
 *                              webapps, which send their own): scripts only from this server, no inline scripts
 */
@ConfigurationProperties("xinyong.security")
public record WebSecurityProperties(
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'self'") String contentSecurityPolicy) {
}
