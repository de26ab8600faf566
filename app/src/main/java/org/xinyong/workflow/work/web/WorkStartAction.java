package org.xinyong.workflow.work.web;

import java.util.Optional;

import org.xinyong.workflow.security.CurrentUser;

/**
 * A button at the head of the workspace ({@code /work}) that starts a case, offered by a lifecycle to those who may
 * start one (e.g. recording a dishonesty finding).
 */
public interface WorkStartAction {

    /**
     * @param id        the button's element id
     * @param href      where it leads
     * @param labelCode the message code of its label
     */
    record Link(String id, String href, String labelCode) {
    }

    /** The button for this user, or empty when the user may not start such a case. */
    Optional<Link> linkFor(CurrentUser user);
}
