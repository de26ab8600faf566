package org.xinyong.workflow.admin;

/**
 * An administration service refuses a change; the page shows {@code messageCode} (admin bundle) at {@code field},
 * or at the top of the form when the field is null.
 */
public class AdminRefusal extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] arguments;

    public AdminRefusal(String field, String messageCode, Object... arguments) {
        super(messageCode + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
