package org.xinyong.workflow.work.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-time messages of the workspace pages, shown by {@code work/fragments :: flash}. */
public final class Flash {

    public static final String SUCCESS = "flashSuccess";
    public static final String ERROR = "flashError";

    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(SUCCESS, message);
    }

    public static void error(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ERROR, message);
    }
}
