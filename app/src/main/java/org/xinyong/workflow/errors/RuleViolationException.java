package org.xinyong.workflow.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 422 rule_violation: the request is well formed but a business rule is not met (e.g. repair before the minimum
 * publication period).
 * The status annotation lets page controllers' failures reach the matching error page.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class RuleViolationException extends DomainException {

    /**
     * @param messageCode a key of a message bundle, e.g. {@code listing.notFound}
     * @param messageArguments the message's {@code {0}}, {@code {1}}, ... values
     */
    public RuleViolationException(String messageCode, Object... messageArguments) {
        super(ErrorCode.RULE_VIOLATION, messageCode, messageArguments);
    }
}
