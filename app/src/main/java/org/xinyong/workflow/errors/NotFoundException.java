package org.xinyong.workflow.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 404 not_found: the thing asked for does not exist, or the caller may not know that it does (another
 * enterprise's records).
 * The status annotation lets page controllers' failures reach the matching error page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends DomainException {

    /**
     * @param messageCode a key of a message bundle, e.g. {@code listing.notFound}
     * @param messageArguments the message's {@code {0}}, {@code {1}}, ... values
     */
    public NotFoundException(String messageCode, Object... messageArguments) {
        super(ErrorCode.NOT_FOUND, messageCode, messageArguments);
    }
}
