package org.xinyong.workflow.engine.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for the {@code deadlines} bean in process tests: each kind gets a fixed length from "now", so a test can
 * move the clock past it. Records what the process did with its deadlines.
 */
public class FakeDeadlines {

    private final Map<String, Duration> lengths = new HashMap<>();
    private final Map<String, Date> due = new HashMap<>();
    public final List<String> opened = new ArrayList<>();
    public final List<String> met = new ArrayList<>();
    public final List<String> cancelled = new ArrayList<>();

    public FakeDeadlines length(String kind, Duration length) {
        lengths.put(kind, length);
        return this;
    }

    public void open(DelegateExecution execution, String kind) {
        if (due.containsKey(key(execution, kind))) {
            return;
        }
        Duration length = lengths.getOrDefault(kind, Duration.ofDays(10));
        due.put(key(execution, kind), new Date(ClockUtil.getCurrentTime().getTime() + length.toMillis()));
        opened.add(kind);
    }

    /** As the real bean: from the date in {@code baseVariable}, or from now when the process has none. */
    public void openFrom(DelegateExecution execution, String kind, String baseVariable) {
        if (due.containsKey(key(execution, kind))) {
            return;
        }
        Object base = execution.getVariable(baseVariable);
        Date from = base instanceof Date date ? date : ClockUtil.getCurrentTime();
        Duration length = lengths.getOrDefault(kind, Duration.ofDays(10));
        due.put(key(execution, kind), new Date(from.getTime() + length.toMillis()));
        opened.add(kind);
    }

    /**
     * As the real bean: the due date of the open deadline, opened from now when there is none (a boundary timer of a
     * user task is scheduled before the task's start listener runs).
     */
    public Date dueAt(DelegateExecution execution, String kind) {
        Date date = due.get(key(execution, kind));
        if (date == null) {
            open(execution, kind);
            date = due.get(key(execution, kind));
        }
        return date;
    }

    /** Whether the deadline of {@code kind} of the execution's process was opened. */
    public boolean isOpen(DelegateExecution execution, String kind) {
        return due.containsKey(key(execution, kind));
    }

    /** Five days before the due date, like the seeds' reminder lead. */
    public Date remindAt(DelegateExecution execution, String kind) {
        return new Date(dueAt(execution, kind).getTime() - Duration.ofDays(5).toMillis());
    }

    public void meet(DelegateExecution execution, String kind) {
        due.remove(key(execution, kind));
        met.add(kind);
    }

    public void cancel(DelegateExecution execution, String kind) {
        due.remove(key(execution, kind));
        cancelled.add(kind);
    }

    private static String key(DelegateExecution execution, String kind) {
        return execution.getProcessInstanceId() + "/" + kind;
    }
}
