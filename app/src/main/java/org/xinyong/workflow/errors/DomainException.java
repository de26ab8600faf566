package org.xinyong.workflow.errors;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * An expected failure that the user should read about: it carries an {@link ErrorCode} (hence the HTTP status) and a
 * message code with arguments, resolved in the request's language when the error is answered. If the message code
 * is missing from the bundles, the generic {@code error.<code>} message is shown instead.
 */
public abstract class DomainException extends RuntimeException implements MessageSourceResolvable {

    private final ErrorCode errorCode;
    private final String messageCode;
    private final transient Object[] messageArguments;

    protected DomainException(ErrorCode errorCode, String messageCode, Object... messageArguments) {
        super(messageCode + (messageArguments.length == 0 ? "" : " " + Arrays.toString(messageArguments)));
        this.errorCode = errorCode;
        this.messageCode = messageCode;
        this.messageArguments = messageArguments.clone();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    /** The specific message code first, then the generic one of the error code. */
    @Override
    public String[] getCodes() {
        return new String[] {messageCode, errorCode.messageKey()};
    }

    @Override
    public Object[] getArguments() {
        return messageArguments();
    }
}
