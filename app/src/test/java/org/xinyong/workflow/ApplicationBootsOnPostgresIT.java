package org.xinyong.workflow;

import static org.xinyong.workflow.support.ApplicationBootChecks.assertCamundaWebappAnswers;
import static org.xinyong.workflow.support.ApplicationBootChecks.assertEngineDatabaseType;
import static org.xinyong.workflow.support.ApplicationBootChecks.assertEveryMigrationApplied;
import static org.xinyong.workflow.support.ApplicationBootChecks.assertHealthUp;

import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinyong.workflow.support.PostgresIntegrationTest;

/** The application on PostgreSQL, as in production (database from XINYONG_TEST_POSTGRES_URL). */
@PostgresIntegrationTest
class ApplicationBootsOnPostgresIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    Flyway flyway;

    @Autowired
    ServletContext servletContext;

    @Test
    void healthIsUp() {
        assertHealthUp(port);
    }

    @Test
    void engineRunsOnPostgres() {
        assertEngineDatabaseType(processEngine, "postgres");
    }

    @Test
    void flywayAppliedEveryMigration() {
        assertEveryMigrationApplied(flyway);
    }

    @Test
    void camundaWebappAnswers() {
        assertCamundaWebappAnswers(servletContext, port);
    }
}
