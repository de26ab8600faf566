package org.xinyong.workflow.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param series the rule-set series this deployment follows ({@code seeds}: the county measures of the policy
 *               seeds; {@code national}: the 2026 national rules); within it, the set with the latest effective
 *               date on or before a day is in force that day
 * @param files  the rule sets shipped with the application, installed when their id is not yet in the table
 */
@ConfigurationProperties("xinyong.rules")
public record RulesProperties(@DefaultValue("seeds") String series,
                              @DefaultValue("classpath:data/rulesets/*.json") String files) {
}
