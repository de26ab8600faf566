package org.xinyong.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The real servlet container's error dispatch: failures outside controllers reach /error and answer in the API's
 * format under /api/, with a friendly page for browsers elsewhere. The upload limit is lowered to 1 KB here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.servlet.multipart.max-file-size=1KB")
@Import(ErrorPagesIT.UploadController.class)
class ErrorPagesIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    TestRestTemplate rest;

    @Test
    void unknownApiUrlAnswersNotFoundAsJsonEvenToABrowser() {
        ResponseEntity<ApiError> answer = rest.exchange("/api/v1/nothing-here", HttpMethod.GET,
                new HttpEntity<>(headers(BROWSER_ACCEPT, Locale.SIMPLIFIED_CHINESE)), ApiError.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody()).isEqualTo(new ApiError("not_found", "未找到请求的内容。"));
    }

    /** Issue 18.4: {@code GET /error} asked for directly was a 500; nothing is there. */
    @Test
    void errorPathAskedForDirectlyIsNotFound() {
        ResponseEntity<ApiError> api = rest.exchange("/error", HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.APPLICATION_JSON_VALUE, Locale.SIMPLIFIED_CHINESE)), ApiError.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getBody()).isEqualTo(new ApiError("not_found", "未找到请求的内容。"));

        ResponseEntity<String> page = rest.exchange("/error", HttpMethod.GET,
                new HttpEntity<>(headers(BROWSER_ACCEPT, Locale.SIMPLIFIED_CHINESE)), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("页面不存在");
    }

    /** Issue 18.4: %00 in a query string was a 500 from the database; it is a 400 in the JSON error format. */
    @Test
    void nulInTheQueryStringIsABadRequest() {
        ResponseEntity<ApiError> answer = rest.exchange(java.net.URI.create("/api/v1/public/listings?q=a%00b"),
                HttpMethod.GET, new HttpEntity<>(headers(MediaType.APPLICATION_JSON_VALUE, Locale.SIMPLIFIED_CHINESE)),
                ApiError.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().error()).isEqualTo("invalid_request");
    }

    @Test
    void unknownPageShowsTheFriendlyPage() {
        ResponseEntity<String> answer = rest.exchange("/nothing-here", HttpMethod.GET,
                new HttpEntity<>(headers(BROWSER_ACCEPT, Locale.SIMPLIFIED_CHINESE)), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.TEXT_HTML));
        assertThat(answer.getBody()).contains("页面不存在", "返回首页").doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void bootstrapOfTheErrorPagesIsServedFromTheWebJar() {
        ResponseEntity<String> answer = rest.getForEntity("/webjars/bootstrap/css/bootstrap.min.css", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("Bootstrap");
    }

    @Test
    void uploadOverTheLimitAnswers413WithTheLimit() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(new byte[4096]) {
            @Override
            public String getFilename() {
                return "scan.pdf";
            }
        });
        HttpHeaders headers = headers(MediaType.APPLICATION_JSON_VALUE, Locale.ENGLISH);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<ApiError> answer = rest.exchange("/api/test/uploads", HttpMethod.POST,
                new HttpEntity<>(parts, headers), ApiError.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getBody()).isEqualTo(new ApiError("payload_too_large",
                "The uploaded file is too large: each file may be at most 1 KB."));
    }

    @Test
    void wrongMethodAnswers405AsJson() {
        ResponseEntity<ApiError> answer = rest.exchange("/api/test/uploads", HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.APPLICATION_JSON_VALUE, Locale.ENGLISH)), ApiError.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(answer.getHeaders().getAllow()).contains(HttpMethod.POST);
        assertThat(answer.getBody()).isEqualTo(new ApiError("invalid_request",
                "The method GET is not supported here."));
    }

    private static HttpHeaders headers(String accept, Locale language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        headers.setAcceptLanguageAsLocales(List.of(language));
        return headers;
    }

    /** Whatever the project's access rules, this test looks at error rendering only: its own paths are open. */
    @TestConfiguration
    static class OpenSecurity {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain openForErrorPageTests(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/test/**", "/api/v1/nothing-here", "/nothing-here")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
    }

    @RestController
    static class UploadController {

        @PostMapping("/api/test/uploads")
        long upload(@RequestParam MultipartFile file) {
            return file.getSize();
        }
    }
}
