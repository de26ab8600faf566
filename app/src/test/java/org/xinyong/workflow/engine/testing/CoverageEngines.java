package org.xinyong.workflow.engine.testing;

import org.camunda.bpm.engine.ProcessEngineConfiguration;

/**
 * Engines for process tests that measure their BPMN coverage (camunda-process-test-coverage). Each test class gets
 * an engine and in-memory database of its own: Surefire runs the unit tests in one JVM, where a second engine on the
 * first one's database would try to create Camunda's tables again.
 */
public final class CoverageEngines {

    private CoverageEngines() {
    }

    /** The {@code coverageProcessEngineConfiguration} of process-engine-test.cfg.xml, named for {@code testClass}. */
    public static ProcessEngineConfiguration forClass(Class<?> testClass) {
        String name = "process-coverage-" + testClass.getSimpleName();
        return ProcessEngineConfiguration
                .createProcessEngineConfigurationFromResource("process-engine-test.cfg.xml",
                        "coverageProcessEngineConfiguration")
                .setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    }
}
