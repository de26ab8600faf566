package org.xinyong.workflow.security.web;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.xinyong.workflow.web.ApiError;

/**
 * Answers refused API calls with the JSON {@link ApiError} body of API.md "Errors": 401 {@code unauthorized} (with an
 * HTTP Basic challenge) and 403 {@code forbidden}, the message in the request's language. It runs inside the
 * security filter chain, before the DispatcherServlet, so it resolves the locale itself.
 */
@Component
public class ApiErrorResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String BASIC_CHALLENGE = "Basic realm=\"xinyong\"";

    private final ObjectMapper objectMapper;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    public ApiErrorResponder(ObjectMapper objectMapper, MessageSource messages, LocaleResolver localeResolver) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                "Sign in first: this request needs a user name and password.", "请先登录：此请求需要用户名和密码。");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                "Your account is not allowed to do this.", "您的账号无权执行此操作。");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                       String defaultEnglish, String defaultChinese) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        // the keys live in i18n/errors*.properties; the defaults keep the answer readable without them
        String fallback = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? defaultEnglish : defaultChinese;
        String message = messages.getMessage("error." + code, null, fallback, locale);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), new ApiError(code, message));
    }
}
