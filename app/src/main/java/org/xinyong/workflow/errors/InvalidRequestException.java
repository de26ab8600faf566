package org.xinyong.workflow.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 400 invalid_request: the input itself is wrong (e.g. a credit code whose check digit is wrong).
 * The status annotation lets page controllers' failures reach the matching error page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidRequestException extends DomainException {

    /**
     * @param messageCode a key of a message bundle, e.g. {@code listing.notFound}
     * @param messageArguments the message's {@code {0}}, {@code {1}}, ... values
     */
    public InvalidRequestException(String messageCode, Object... messageArguments) {
        super(ErrorCode.INVALID_REQUEST, messageCode, messageArguments);
    }
}
