package org.xinyong.workflow.bench;

import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.security.AppUserDetails;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.work.CaseTasks;

/**
 * The first page of a department's task list, as {@code /work} and {@code GET /api/v1/tasks} ask for it
 * ({@code work/web/TaskListController}: page size 20, no filter, ordered by due date and creation time): the
 * department head of amr, whose group holds half of the seeded open cases' review tasks.
 */
@Component
class TaskListProbes implements BenchProbes {

    static final String HEAD = "amr-head";
    private static final int PAGE_SIZE = 20;

    private final CaseTasks tasks;
    private final UserDetailsService users;

    TaskListProbes(CaseTasks tasks, UserDetailsService users) {
        this.tasks = tasks;
        this.users = users;
    }

    @Override
    public List<Probe> probes() {
        CurrentUser head = ((AppUserDetails) users.loadUserByUsername(HEAD)).currentUser();
        return List.of(
                new Probe("task list, first page (" + HEAD + ")",
                        () -> tasks.list(head, CaseTasks.Filter.NONE, 0, PAGE_SIZE), 50),
                new Probe("task list, first page filtered to LISTING (" + HEAD + ")",
                        () -> tasks.list(head, new CaseTasks.Filter(org.xinyong.workflow.cases.CaseType.LISTING,
                                null), 0, PAGE_SIZE), 50));
    }
}
