package org.xinyong.workflow.dashboard;

import org.xinyong.workflow.support.PostgresIntegrationTest;

/** The dashboard's numbers on PostgreSQL (see {@link DashboardNumbersChecks}): the same SQL as on H2. */
@PostgresIntegrationTest
class DashboardQueriesPostgresIT extends DashboardNumbersChecks {
}
