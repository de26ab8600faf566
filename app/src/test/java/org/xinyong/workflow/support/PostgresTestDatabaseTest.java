package org.xinyong.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PostgresTestDatabaseTest {

    @Test
    void missingDatabaseIsCreatedThroughTheSameServersMaintenanceDatabase() {
        String url = "jdbc:postgresql://db.example:5433/xinyong_ci?sslmode=disable&connectTimeout=3";

        assertThat(PostgresTestDatabase.databaseName(url)).isEqualTo("xinyong_ci");
        assertThat(PostgresTestDatabase.maintenanceUrl(url))
                .isEqualTo("jdbc:postgresql://db.example:5433/postgres?sslmode=disable&connectTimeout=3");
    }

    @Test
    void databaseNamesAreQuotedSoAnyNameIsSafeInCreateDatabase() {
        assertThat(PostgresTestDatabase.quoteIdentifier("xinyong-test")).isEqualTo("\"xinyong-test\"");
        assertThat(PostgresTestDatabase.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    @Test
    void aUrlWithoutADatabaseIsRefusedWithTheUrlInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresTestDatabase.databaseName("jdbc:h2:mem:test"))
                .withMessageContaining("jdbc:h2:mem:test");
    }
}
