package org.xinyong.workflow.work.web;

import org.springframework.http.HttpStatusCode;
import org.xinyong.workflow.cases.CaseRef;
import org.springframework.web.servlet.ModelAndView;
import org.xinyong.workflow.home.ShellModelInterceptor;
import org.xinyong.workflow.security.CurrentUsers;

/** Pages rendered from exception handlers, which the layout's interceptor does not reach. */
public final class WorkPages {

    private WorkPages() {
    }

    /** {@code work/task-done}: the task cannot be worked on any more (finished, or held by someone else). */
    public static ModelAndView taskUnavailable(String message, HttpStatusCode status, CurrentUsers users) {
        return taskUnavailable(message, null, status, users);
    }

    /**
     * {@code work/task-done} with a link to the task's case.
     *
     * @param caseRef the case the user may open, or {@code null} for none
     */
    public static ModelAndView taskUnavailable(String message, CaseRef caseRef, HttpStatusCode status,
                                               CurrentUsers users) {
        ModelAndView page = new ModelAndView("work/task-done");
        page.addObject("message", message);
        page.addObject("caseRef", caseRef == null ? null : caseRef.businessKey());
        page.addObject("caseLink", caseRef == null ? null : caseRef.page());
        page.addObject(ShellModelInterceptor.CURRENT_USER, users.find().orElse(null));
        page.addObject(ShellModelInterceptor.NAV_SECTION, "work");
        page.setStatus(status);
        return page;
    }
}
