package org.xinyong.workflow.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine builds (and so creates or updates its {@code ACT_*} tables) before Flyway migrates. Left to itself,
 * Spring Boot runs Flyway first on a fresh database and the engine afterwards, so a migration could never touch an
 * engine table: {@code V1_11__engine_indexes.sql} adds indexes the engine's queries need at scale (see that file), and
 * they must exist on a fresh installation as on an upgraded one. Building the engine needs none of the application's
 * tables (it parses and deploys the BPMN; delegates and listeners run later), so this order is safe.
 */
@Configuration(proxyBeanMethods = false)
class EngineSchemaBeforeMigrations {

    @Bean
    static BeanFactoryPostProcessor flywayAfterEngineSchema() {
        return beanFactory -> {
            String[] engines = beanFactory.getBeanNamesForType(ProcessEngine.class, true, false);
            for (String initializer : beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(initializer);
                Set<String> dependsOn = new LinkedHashSet<>();
                if (definition.getDependsOn() != null) {
                    dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
                }
                dependsOn.addAll(Arrays.asList(engines));
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        };
    }
}
