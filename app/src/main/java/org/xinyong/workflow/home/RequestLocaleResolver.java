package org.xinyong.workflow.home;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The request's language, Chinese first: the language the user picked ({@code ?lang=en|zh_CN}, kept in a cookie),
 * else the {@code Accept-Language} header when a client sends one (API clients rely on it), else Simplified Chinese.
 * Only the two languages the message bundles carry are ever answered.
 */
public class RequestLocaleResolver implements LocaleResolver {

    public static final String COOKIE_NAME = "xinyong-lang";
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private static final String REQUEST_ATTRIBUTE = RequestLocaleResolver.class.getName() + ".LOCALE";
    private static final Duration COOKIE_MAX_AGE = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        return fromCookie(request)
                .or(() -> fromAcceptLanguage(request))
                .orElse(DEFAULT_LOCALE);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale).orElse(DEFAULT_LOCALE);
        request.setAttribute(REQUEST_ATTRIBUTE, chosen);
        if (response != null) {
            ResponseCookie cookie = ResponseCookie.from(COOKIE_NAME, chosen.toString())
                    .path("/").maxAge(COOKIE_MAX_AGE).httpOnly(true).sameSite("Lax").build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
    }

    /** Maps any locale onto a supported one (zh_CN or en), or empty when its language is neither. */
    static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return Optional.of(Locale.ENGLISH);
        }
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return Optional.of(Locale.SIMPLIFIED_CHINESE);
        }
        return Optional.empty();
    }

    private Optional<Locale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE_NAME.equals(cookie.getName()) && StringUtils.hasText(cookie.getValue())) {
                try {
                    return supported(StringUtils.parseLocale(cookie.getValue()));
                } catch (IllegalArgumentException unreadable) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Locale> fromAcceptLanguage(HttpServletRequest request) {
        if (!StringUtils.hasText(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            return Optional.empty();
        }
        // getLocales() is ordered by the header's quality values
        for (Locale candidate : Collections.list(request.getLocales())) {
            Optional<Locale> match = supported(candidate);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
