package org.xinyong.workflow.deadline;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The deadline's state forbids the change, e.g. suspending a met deadline or resuming a running one (409). */
public class DeadlineStateException extends ResponseStatusException {

    public DeadlineStateException(String reason) {
        super(HttpStatus.CONFLICT, reason);
    }
}
