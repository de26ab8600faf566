package org.xinyong.workflow.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The machine codes of {@link ApiError#error()} (API.md "Errors") and the HTTP status each one normally has. */
public enum ErrorCode {
    INVALID_REQUEST("invalid_request", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not_found", HttpStatus.NOT_FOUND),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("payload_too_large", HttpStatus.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    RULE_VIOLATION("rule_violation", HttpStatus.UNPROCESSABLE_ENTITY),
    /** Sign-ins refused by the login throttle (issue 18.3). */
    TOO_MANY_REQUESTS("too_many_requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal_error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String code;
    private final HttpStatus status;

    ErrorCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    /** The value of the JSON {@code error} field, e.g. {@code not_found}. */
    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    /** The generic message of this code in the errors bundle, e.g. {@code error.not_found}. */
    public String messageKey() {
        return "error." + code;
    }

    /**
     * The code for any HTTP error status: the exact one where API.md names it, otherwise {@code invalid_request} for
     * client errors (405, 406, ...) and {@code internal_error} for server errors.
     */
    public static ErrorCode forStatus(HttpStatusCode status) {
        for (ErrorCode candidate : values()) {
            if (candidate.status.value() == status.value()) {
                return candidate;
            }
        }
        return status.is4xxClientError() ? INVALID_REQUEST : INTERNAL_ERROR;
    }
}
