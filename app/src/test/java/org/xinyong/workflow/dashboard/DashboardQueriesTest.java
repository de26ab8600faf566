package org.xinyong.workflow.dashboard;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard's numbers on H2 (see {@link DashboardNumbersChecks}). */
@SpringBootTest
@ActiveProfiles("demo")
class DashboardQueriesTest extends DashboardNumbersChecks {
}
