package org.xinyong.workflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestLocaleResolverTest {

    private final RequestLocaleResolver resolver = new RequestLocaleResolver();

    @Test
    void withoutCookieOrHeaderTheLanguageIsSimplifiedChinese() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void acceptLanguageHeaderIsFollowedWhenNoLanguageWasChosen() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,en-GB;q=0.8,zh;q=0.5");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void unsupportedHeaderLanguageFallsBackToChinese() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "de-DE");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void chosenLanguageCookieWinsOverTheHeader() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        request.setCookies(new Cookie(RequestLocaleResolver.COOKIE_NAME, "en"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void choosingALanguageSetsTheCookieAndAppliesToTheSameRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.US);

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).startsWith(RequestLocaleResolver.COOKIE_NAME + "=en;");
    }

    @Test
    void choosingAnUnsupportedLanguageKeepsChinese() {
        MockHttpServletRequest request = new MockHttpServletRequest();

        resolver.setLocale(request, new MockHttpServletResponse(), Locale.GERMAN);

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
