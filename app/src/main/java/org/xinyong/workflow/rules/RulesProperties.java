package org.xinyong.workflow.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param series the rule-set chain this deployment follows ({@code default}: the seeds' set, then the 2026
 *               national set from 2026-04-01); within it, the set with the latest effective date on or before a
 *               day is in force that day
 * @param files  the rule sets shipped with the application, installed when their id is not yet in the table
 */
@ConfigurationProperties("xinyong.rules")
public record RulesProperties(@DefaultValue("default") String series,
                              @DefaultValue("classpath:data/rulesets/*.json") String files) {
}
