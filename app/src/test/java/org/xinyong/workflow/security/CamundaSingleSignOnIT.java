package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a running server (the Camunda webapps and REST are servlets MockMvc does not reach): an administrator signed
 * in to the application is signed in to Cockpit without a second login; Camunda REST takes administrators over
 * HTTP Basic only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CamundaSingleSignOnIT {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Test
    void administratorSignedInToTheApplicationIsSignedInToCockpit() throws Exception {
        HttpClient browser = signedIn("admin");

        HttpResponse<String> cockpit = browser.send(get("/camunda/app/cockpit/default/"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cockpit.statusCode()).isEqualTo(200);

        HttpResponse<String> camundaUser = browser.send(get("/camunda/api/admin/auth/user/default"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void caseworkerSignedInToTheApplicationCannotOpenCockpit() throws Exception {
        HttpClient browser = signedIn("amr");

        HttpResponse<String> cockpit = browser.send(get("/camunda/app/cockpit/default/"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cockpit.statusCode()).isEqualTo(403);
    }

    @Test
    void camundaRestIsForAdministratorsOverHttpBasic() throws Exception {
        HttpClient client = HttpClient.newHttpClient();

        assertThat(client.send(basic("/engine-rest/engine", "admin"), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        assertThat(client.send(basic("/engine-rest/user?id=amr", "admin"), HttpResponse.BodyHandlers.ofString())
                .body()).contains("\"id\":\"amr\"");
        assertThat(client.send(basic("/engine-rest/engine", "amr"), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        assertThat(client.send(get("/engine-rest/engine"), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
    }

    /** A cookie-keeping client that signed in through the login form, as a browser does. */
    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF_FIELD.matcher(loginPage);
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();

        String form = "username=" + username + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest basic(String path, String username) {
        String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
