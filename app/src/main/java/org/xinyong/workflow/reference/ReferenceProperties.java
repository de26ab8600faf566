package org.xinyong.workflow.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param departments the departments shipped with the product (JSON array of {@link Department})
 * @param measures    the sanction measure catalogue shipped with the product (JSON array of {@link SanctionMeasure})
 */
@ConfigurationProperties("xinyong.reference")
public record ReferenceProperties(
        @DefaultValue("classpath:data/reference/departments.json") Resource departments,
        @DefaultValue("classpath:data/reference/measures.json") Resource measures) {
}
