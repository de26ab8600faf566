package org.xinyong.workflow.deadline;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No deadline has the id asked for (404). */
public class DeadlineNotFoundException extends ResponseStatusException {

    public DeadlineNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "No deadline has the id " + id);
    }
}
