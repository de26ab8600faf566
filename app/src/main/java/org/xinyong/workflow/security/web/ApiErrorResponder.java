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
import org.xinyong.workflow.security.throttle.LoginRefusal;
import org.xinyong.workflow.security.throttle.LoginThrottledException;
import org.xinyong.workflow.web.ApiError;

/**
 * Answers refused API calls with the JSON {@link ApiError} body of API.md "Errors": 401 {@code unauthorized} (with an
 * HTTP Basic challenge), 429 {@code too_many_requests} for a sign-in refused by the login throttle, and 403
 * {@code forbidden}, the message in the request's language. It runs inside the
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
        if (refused instanceof LoginThrottledException throttled) {
            throttled(request, response, throttled.refusal());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                "Sign in first: this request needs a user name and password.", "请先登录：此请求需要用户名和密码。");
    }

    /**
     * Issue 18.3: a sign-in refused by the login throttle is a 429 {@code too_many_requests} saying how long to wait
     * (also as {@code Retry-After}), never a plain 401 that would invite the client to try again at once.
     */
    private void throttled(HttpServletRequest request, HttpServletResponse response, LoginRefusal refusal)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retrySeconds()));
        Object[] wait = {refusal.locked() ? refusal.retryMinutes() : refusal.retrySeconds()};
        String key = "error.too_many_requests." + refusal.kind().name().toLowerCase(Locale.ROOT);
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", key, wait,
                "Too many failed sign-ins. Please try again later.", "登录失败次数过多，请稍后再试。");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                "Your account is not allowed to do this.", "您的账号无权执行此操作。");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                       String defaultEnglish, String defaultChinese) throws IOException {
        write(request, response, status, code, "error." + code, null, defaultEnglish, defaultChinese);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                       String messageKey, Object[] arguments, String defaultEnglish, String defaultChinese)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        // the keys live in i18n/errors*.properties; the defaults keep the answer readable without them
        String fallback = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? defaultEnglish : defaultChinese;
        String message = messages.getMessage(messageKey, arguments, fallback, locale);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), new ApiError(code, message));
    }
}
