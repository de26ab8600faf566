package org.xinyong.workflow.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 409 conflict: the request does not fit the current state (e.g. completing a finished task).
 * The status annotation lets page controllers' failures reach the matching error page.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends DomainException {

    /**
     * @param messageCode a key of a message bundle, e.g. {@code listing.notFound}
     * @param messageArguments the message's {@code {0}}, {@code {1}}, ... values
     */
    public ConflictException(String messageCode, Object... messageArguments) {
        super(ErrorCode.CONFLICT, messageCode, messageArguments);
    }
}
