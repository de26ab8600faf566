package org.xinyong.workflow.errors;

/**
 * 400 invalid_request about one field of the input (e.g. the reasons a refusal must give): pages show the message at
 * the field; the API answers it in the one error format.
 */
public class InvalidFieldException extends InvalidRequestException {

    private final String field;

    public InvalidFieldException(String field, String messageCode, Object... messageArguments) {
        super(messageCode, messageArguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
