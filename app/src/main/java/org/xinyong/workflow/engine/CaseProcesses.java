package org.xinyong.workflow.engine;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Starting case processes and sending them messages. The application talks to the engine's runtime through this
 * class only, so the engine stays replaceable (e.g. by the Operaton fork) in one place.
 */
@Service
public class CaseProcesses {

    private final RuntimeService runtime;

    public CaseProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** @return the process instance id */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(processKey, businessKey, variables);
        return instance.getId();
    }

    /**
     * Delivers a message to the case process waiting for it.
     *
     * @return false when no process of that case is waiting for the message (e.g. the window closed meanwhile)
     */
    public boolean correlate(String messageName, String businessKey, Map<String, Object> variables) {
        // Look before correlating: a failed correlation inside the caller's transaction would mark it rollback-only.
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult();
        if (instance == null || runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                .eventType("message").eventName(messageName).count() == 0) {
            return false;
        }
        runtime.createMessageCorrelation(messageName).processInstanceId(instance.getId())
                .setVariables(variables).correlateWithResult();
        return true;
    }

    public Optional<Object> variable(String processInstanceId, String name) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult()).map(instance -> runtime.getVariable(processInstanceId, name));
    }
}
