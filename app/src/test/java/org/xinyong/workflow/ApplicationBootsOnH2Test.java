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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo as `./mvnw spring-boot:run` starts it, on an in-memory H2 database (see the test application.yml). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ApplicationBootsOnH2Test {

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
    void engineRunsOnH2() {
        assertEngineDatabaseType(processEngine, "h2");
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
