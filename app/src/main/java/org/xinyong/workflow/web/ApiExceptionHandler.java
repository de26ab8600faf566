package org.xinyong.workflow.web;

import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.errors.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.JsonMappingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns every failure of a REST controller ({@code /api/**}) into an {@link ApiError} with the matching status (API.md
 * "Errors"). Failures outside controllers (unknown URLs, wrong methods, filters) and oversized uploads
 * ({@link UploadLimitAdvice}) reach {@link ErrorPageController} instead, which answers in the same format for
 * {@code /api/} paths.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after UploadLimitAdvice, before any feature's own advice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiErrors errors;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    public ApiExceptionHandler(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> domain(DomainException exception) {
        log.debug("Answered {}: {}", exception.errorCode().code(), exception.getMessage());
        return answer(exception.errorCode().status(), errors.of(exception));
    }

    /** {@code @Valid} request bodies and bound objects: every field with its message. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> invalidBody(BindException exception) {
        List<ApiErrors.FieldProblem> problems = exception.getBindingResult().getAllErrors().stream()
                .map(this::problemOf)
                .toList();
        return answer(ErrorCode.INVALID_REQUEST.status(), errors.invalidFields(problems));
    }

    /** Constraints on controller method parameters ({@code @RequestParam @Max(200) int size}). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException exception) {
        List<ApiErrors.FieldProblem> problems = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                problems.add(error instanceof FieldError fieldError
                        ? problemOf(fieldError)
                        : new ApiErrors.FieldProblem(result.getMethodParameter().getParameterName(),
                                errors.resolve(error)))));
        return answer(ErrorCode.INVALID_REQUEST.status(), errors.invalidFields(problems));
    }

    /** Constraints checked by {@code @Validated} services. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraintViolations(ConstraintViolationException exception) {
        List<ApiErrors.FieldProblem> problems = exception.getConstraintViolations().stream()
                .map(violation -> new ApiErrors.FieldProblem(lastNode(violation), violation.getMessage()))
                .toList();
        return answer(ErrorCode.INVALID_REQUEST.status(), errors.invalidFields(problems));
    }

    /** Malformed JSON, or a value of the wrong type (e.g. an unknown enum constant) at a known field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException exception) {
        String field = exception.getCause() instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        ApiError error = field.isEmpty()
                ? errors.of(ErrorCode.INVALID_REQUEST, "error.invalid_request.body")
                : errors.of(ErrorCode.INVALID_REQUEST, "error.invalid_request.bodyField", field);
        return answer(ErrorCode.INVALID_REQUEST.status(), error);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return answer(ErrorCode.INVALID_REQUEST.status(),
                errors.of(ErrorCode.INVALID_REQUEST, "error.invalid_request.parameter", exception.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException exception) {
        return answer(ErrorCode.INVALID_REQUEST.status(), errors.of(ErrorCode.INVALID_REQUEST,
                "error.invalid_request.missingParameter", exception.getParameterName()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException exception) {
        return answer(ErrorCode.INVALID_REQUEST.status(), errors.of(ErrorCode.INVALID_REQUEST,
                "error.invalid_request.missingPart", exception.getRequestPartName()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
        ApiError error = exception.getContentType() == null
                ? errors.generic(ErrorCode.UNSUPPORTED_MEDIA_TYPE)
                : errors.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "error.unsupported_media_type.type",
                        exception.getContentType().toString());
        return answer(ErrorCode.UNSUPPORTED_MEDIA_TYPE.status(), error);
    }

    /**
     * 403 for a signed-in user. An anonymous caller's denial is rethrown, so Spring Security's entry point answers
     * 401 (or sends a browser to the login page) as it would for a URL rule.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> accessDenied(AccessDeniedException exception) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || trustResolver.isAnonymous(authentication)) {
            throw exception;
        }
        return answer(ErrorCode.FORBIDDEN.status(), errors.generic(ErrorCode.FORBIDDEN));
    }

    /** The status of Spring's exception, and its reason when that is a message code; never its raw text. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> responseStatus(ResponseStatusException exception) {
        ErrorCode code = ErrorCode.forStatus(exception.getStatusCode());
        if (code == ErrorCode.INTERNAL_ERROR) {
            return internalError(exception);
        }
        ApiError error = exception.getReason() == null
                ? errors.generic(code)
                : errors.of(code, exception.getReason());
        return answer(exception.getStatusCode(), error);
    }

    /** The same row twice, or a row changed meanwhile: the caller's view of the state is out of date. */
    @ExceptionHandler({DuplicateKeyException.class, OptimisticLockingFailureException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ResponseEntity<ApiError> concurrentChange(Exception exception) {
        log.info("Conflict: {}", exception.getMessage());
        return answer(ErrorCode.CONFLICT.status(), errors.generic(ErrorCode.CONFLICT));
    }

    /**
     * Anything else: a domain exception wrapped by another layer (e.g. the process engine) is answered as itself;
     * Spring MVC's own exceptions with a status (no handler, bad binding, ...) keep that status; everything
     * unexpected is a logged 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> other(Exception exception) {
        DomainException wrapped = domainCause(exception);
        if (wrapped != null) {
            return domain(wrapped);
        }
        if (exception instanceof ErrorResponse response
                && ErrorCode.forStatus(response.getStatusCode()) != ErrorCode.INTERNAL_ERROR) {
            return answer(response.getStatusCode(), errors.generic(ErrorCode.forStatus(response.getStatusCode())));
        }
        return internalError(exception);
    }

    private static DomainException domainCause(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause();
             cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    private ResponseEntity<ApiError> internalError(Exception exception) {
        String reference = ApiErrors.newReference();
        log.error("Internal error, reference {}", reference, exception);
        return answer(ErrorCode.INTERNAL_ERROR.status(), errors.internalError(reference));
    }

    private ApiErrors.FieldProblem problemOf(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
        return new ApiErrors.FieldProblem(field, errors.resolve(error));
    }

    private static String lastNode(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }

    /** "measures[0]" or "subject.code" from Jackson's path, or empty when the failure is not at a field. */
    private static String fieldPath(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static ResponseEntity<ApiError> answer(HttpStatusCode status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
