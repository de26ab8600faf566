package org.xinyong.workflow.web;

import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.errors.ErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Builds {@link ApiError} bodies with messages in the current request's language ({@link LocaleContextHolder}), for
 * the exception handler, the error controller and anyone else answering an error (e.g. a security entry point).
 * A missing message never becomes a failure of its own: the generic message of the code is used instead.
 */
@Component
public class ApiErrors {

    private static final String FIELD = "error.invalid_request.field";
    private static final String FIELDS = "error.invalid_request.fields";
    private static final String SEPARATOR = "error.invalid_request.separator";
    private static final String UPLOAD_LIMIT = "error.payload_too_large.limit";
    private static final String INTERNAL_REFERENCE = "error.internal_error.reference";

    private final MessageSource messages;
    private final ObjectProvider<MultipartProperties> multipart;

    public ApiErrors(MessageSource messages, ObjectProvider<MultipartProperties> multipart) {
        this.messages = messages;
        this.multipart = multipart;
    }

    /** The code's generic message, e.g. {@code error.unauthorized}. */
    public ApiError generic(ErrorCode code) {
        return new ApiError(code.code(), genericMessage(code));
    }

    /** A specific message, falling back to the code's generic one. */
    public ApiError of(ErrorCode code, String messageCode, Object... arguments) {
        return new ApiError(code.code(), message(code, new DefaultMessageSourceResolvable(
                new String[] {messageCode, code.messageKey()}, arguments)));
    }

    public ApiError of(DomainException exception) {
        return new ApiError(exception.errorCode().code(), message(exception.errorCode(), exception));
    }

    /** 400 listing each invalid field with its message: "subjectCode: ...; basisDate: ...". */
    public ApiError invalidFields(List<FieldProblem> problems) {
        Locale locale = locale();
        String separator = messages.getMessage(SEPARATOR, null, "; ", locale);
        List<String> parts = problems.stream()
                .map(problem -> messages.getMessage(FIELD, new Object[] {problem.field(), problem.message()},
                        problem.field() + ": " + problem.message(), locale))
                .toList();
        return of(ErrorCode.INVALID_REQUEST, FIELDS, String.join(separator, parts));
    }

    /** 413 naming the per-file upload limit of {@code spring.servlet.multipart.max-file-size}. */
    public ApiError payloadTooLarge() {
        MultipartProperties properties = multipart.getIfAvailable();
        if (properties == null || properties.getMaxFileSize() == null) {
            return generic(ErrorCode.PAYLOAD_TOO_LARGE);
        }
        return of(ErrorCode.PAYLOAD_TOO_LARGE, UPLOAD_LIMIT, readable(properties.getMaxFileSize()));
    }

    /** 500 with the reference under which the failure was logged; never the failure's own text. */
    public ApiError internalError(String reference) {
        return of(ErrorCode.INTERNAL_ERROR, INTERNAL_REFERENCE, reference);
    }

    /** A short id that ties a 500 answer to its log entry. */
    public static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Resolves any resolvable (e.g. a Bean Validation field error) in the request's language, or null. */
    public String resolve(MessageSourceResolvable resolvable) {
        try {
            return messages.getMessage(resolvable, locale());
        } catch (NoSuchMessageException missing) {
            return resolvable.getDefaultMessage();
        }
    }

    private String message(ErrorCode code, MessageSourceResolvable resolvable) {
        String resolved = resolve(resolvable);
        return resolved != null ? resolved : genericMessage(code);
    }

    private String genericMessage(ErrorCode code) {
        return messages.getMessage(code.messageKey(), null, code.code(), locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }

    /** One invalid input: the field or parameter name and the readable message. */
    public record FieldProblem(String field, String message) {
    }
}
