package org.xinyong.workflow.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPageSize     the largest page of {@code GET /api/v1/audit}
 * @param defaultPageSize the page size when the caller names none
 */
@ConfigurationProperties("xinyong.audit")
public record AuditProperties(@DefaultValue("200") int maxPageSize, @DefaultValue("50") int defaultPageSize) {
}
