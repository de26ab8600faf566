package org.xinyong.workflow.sanctions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param bulkMaxCodes the most subject codes of one {@code POST /sanctions/checks} (API.md: 1..1000)
 * @param matters      the matter kinds checked and the catalogue measures restricting each (JSON array of
 *                     {@link Matter})
 */
@ConfigurationProperties("xinyong.sanctions")
public record SanctionsProperties(@DefaultValue("1000") int bulkMaxCodes,
                                  @DefaultValue("classpath:data/reference/matters.json") Resource matters) {
}
