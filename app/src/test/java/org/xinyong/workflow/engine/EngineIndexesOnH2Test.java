package org.xinyong.workflow.engine;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a fresh H2 database the engine creates its tables before Flyway migrates, so V1_11 puts its indexes on them.
 * (Same context as ApplicationBootsOnH2Test: no extra start.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class EngineIndexesOnH2Test {

    @Autowired
    DataSource dataSource;

    @Test
    void engineTablesHaveTheMigrationsIndexes() throws Exception {
        EngineIndexes.assertPresent(dataSource);
    }
}
