package org.xinyong.workflow.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} (API.md: 10 MB per file) usually fails while the
 * request is parsed, before any controller is chosen, so this advice applies to every handler and to none. It hands
 * the failure to {@link ErrorPageController} (JSON under /api/, a page for browsers) and marks it as the error's cause:
 * without that mark the error dispatch would parse the oversized upload again, fail again and answer an empty body.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void uploadTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, exception);
        response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
    }
}
