package org.xinyong.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    @LocalServerPort
    int port;

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

    /**
     * Issue 18.7: what Tomcat refuses itself, before any filter or servlet: a URL beyond the 8 KB header limit, an
     * encoded backslash or NUL in the path. Under /api/ the answer is the JSON error body, never Tomcat's HTML page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/public/listings/a%5Cb", "/api/v1/public/listings/a%00b", "/api/v1/me%5C..%5C"})
    void pathsTomcatRefusesAnswerJsonUnderTheApi(String path) throws IOException {
        RawAnswer answer = raw(path, "zh-CN");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(answer.body()).isEqualTo("{\"error\":\"invalid_request\",\"message\":\"请求无效，请检查后重新提交。\"}");
    }

    @Test
    void theRefusalFollowsTheRequestedLanguage() throws IOException {
        RawAnswer answer = raw("/api/v1/public/listings/a%5Cb", "en-US,en;q=0.9");

        assertThat(answer.body()).isEqualTo("{\"error\":\"invalid_request\","
                + "\"message\":\"The request is not valid. Please check it and try again.\"}");
    }

    /** The request line is never read to its end, so neither are the headers: the answer is in Chinese. */
    @Test
    void aUrlBeyondTheHeaderLimitAnswersJsonUnderTheApi() throws IOException {
        RawAnswer answer = raw("/api/v1/public/listings?q=" + "x".repeat(9000), "en");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(answer.body()).isEqualTo("{\"error\":\"invalid_request\",\"message\":\"请求无效，请检查后重新提交。\"}");
    }

    @Test
    void aRequestLineTooLongToReadAnswersJsonWhateverItsPath() throws IOException {
        RawAnswer answer = raw("/public/listings?q=" + "x".repeat(9000), "zh-CN");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"error\":\"invalid_request\",\"message\":\"请求无效，请检查后重新提交。\"}");
    }

    @Test
    void pagesRefusedByTomcatStayHtmlWithoutServerDetails() throws IOException {
        RawAnswer answer = raw("/public/a%5Cb", "zh-CN");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(answer.body()).doesNotContain("Apache Tomcat/", "Exception");
    }

    private RawAnswer raw(String target, String language) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return RawAnswer.parse(text);
        }
    }

    record RawAnswer(int status, Map<String, String> headers, String body) {

        static RawAnswer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
            String body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                body = unchunk(body);
            }
            return new RawAnswer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
                if (size == 0) {
                    return body.toString();
                }
                // sizes count bytes; the bodies here are short, re-encode to count them
                byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
                String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
                body.append(chunk);
                at = lineEnd + 2 + chunk.length() + 2;
            }
        }
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
