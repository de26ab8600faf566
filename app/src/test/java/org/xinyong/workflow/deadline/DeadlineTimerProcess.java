package org.xinyong.workflow.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import org.xinyong.workflow.cases.CaseType;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The test-only process {@code deadline/deadline-timer.bpmn.xml}: a verification task with deadline timers. */
public final class DeadlineTimerProcess {

    public static final String KEY = "deadlineTimerTest";
    public static final String DUE_TIMER = "verificationDue";
    public static final String REMINDER_TIMER = "verificationReminder";

    private DeadlineTimerProcess() {
    }

    public static void deploy(RepositoryService repositoryService) {
        try (InputStream in = DeadlineTimerProcess.class.getClassLoader()
                .getResourceAsStream("deadline/deadline-timer.bpmn.xml")) {
            repositoryService.createDeployment().name("deadline-timer-test").enableDuplicateFiltering(true)
                    .addInputStream("deadline-timer.bpmn", in).deploy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts an objection case under the seeds' rule set; the case id is new each time. */
    public static ProcessInstance startObjection(RuntimeService runtimeService) {
        String caseId = "OBJ-" + UUID.randomUUID();
        return runtimeService.startProcessInstanceByKey(KEY, caseId, Map.of(
                ProcessDeadlines.CASE_ID, caseId,
                ProcessDeadlines.CASE_TYPE, CaseType.OBJECTION.name(),
                ProcessDeadlines.RULE_SET_ID, "seeds-default"));
    }
}
