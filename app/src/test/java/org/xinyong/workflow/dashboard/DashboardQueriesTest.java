package org.xinyong.workflow.dashboard;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard's numbers on H2 (see {@link DashboardNumbersChecks}); the context is the one of the page test. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DashboardQueriesTest extends DashboardNumbersChecks {
}
