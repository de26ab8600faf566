package org.xinyong.workflow.security;

import org.xinyong.workflow.security.throttle.LoginThrottledException;
import org.xinyong.workflow.security.web.ApiErrorResponder;
import org.xinyong.workflow.security.web.UnknownPages;
import static org.springframework.security.config.Customizer.withDefaults;

import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The ONE place for access rules (API.md). Four filter chains, tried in order:
 * <ol>
 *   <li>{@code /api/**}: HTTP Basic or the browser session, never creates a session, refusals as JSON
 *       {@code ApiError}; an explicit rule per endpoint of API.md and deny by default;</li>
 *   <li>{@code /engine-rest/**}: Camunda's REST API, administrators over HTTP Basic only, stateless;</li>
 *   <li>{@code /actuator/**}: health for anyone, Prometheus metrics for administrators and METRICS accounts, the
 *       rest for administrators;</li>
 *   <li>everything else: pages with form login, CSRF on every form, deny by default (a path no rule names is a
 *       404 page for a signed-in user, a redirect to the login page for anyone else).</li>
 * </ol>
 * Roles and groups are named through {@link Roles} and {@link Groups} only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** The Camunda webapps (Cockpit, Tasklist, Admin); they carry their own CSRF filter and CSP header. */
    static final String CAMUNDA_WEBAPPS = "/camunda/**";
    static final String CAMUNDA_REST = "/engine-rest/**";
    public static final String LOGIN_PAGE = "/login";

    /** Every path the security DSL builds itself (login, logout) is a path pattern too: there are several servlets. */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix keeps older hashes readable if the default ever changes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ApiErrorResponder apiErrors,
                                           WebSecurityProperties properties, ApiTokenAuthenticator tokens)
            throws Exception {
        return http
                .securityMatcher(any("/api/**"))
                // issue 17: registered machine clients authenticate with a bearer token, before HTTP Basic is tried
                .addFilterBefore(new ApiTokenFilter(tokens, apiErrors),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(SecurityConfig::apiRules)
                .httpBasic(basic -> basic.authenticationEntryPoint(apiErrors))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(apiErrors).accessDeniedHandler(apiErrors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::isBrowserSessionWrite))
                .headers(headers -> commonHeaders(headers, properties))
                .build();
    }

    private static void apiRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api
                .requestMatchers(post("/api/v1/listing-cases")).hasRole(Roles.STAFF)
                .requestMatchers(post("/api/v1/listing-cases/*/statements")).hasRole(Roles.ENTERPRISE)
                .requestMatchers(get("/api/v1/listing-cases/**")).hasAnyRole(Roles.STAFF, Roles.SUPERVISOR)
                // issue 14: dishonesty records (listing.RecordController); the service narrows a department to its
                // own records and an enterprise to its own
                .requestMatchers(post("/api/v1/records")).hasRole(Roles.STAFF)
                .requestMatchers(get("/api/v1/records"), get("/api/v1/records/*"))
                        .hasAnyRole(Roles.STAFF, Roles.SUPERVISOR, Roles.ENTERPRISE)
                .requestMatchers(any("/api/v1/tasks/**")).hasRole(Roles.STAFF)
                // the service layer narrows staff objections to the credit office and implementing departments
                .requestMatchers(post("/api/v1/listings/*/objections")).hasAnyRole(Roles.ENTERPRISE, Roles.STAFF)
                .requestMatchers(post("/api/v1/listings/*/repairs")).hasRole(Roles.ENTERPRISE)
                .requestMatchers(get("/api/v1/listings/**"))
                        .hasAnyRole(Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR)
                .requestMatchers(post("/api/v1/objections/*/evidence-requests")).hasRole(Roles.STAFF)
                .requestMatchers(post("/api/v1/objections/*/evidence")).hasRole(Roles.ENTERPRISE)
                .requestMatchers(post("/api/v1/repairs/*/progress")).hasRole(Roles.ENTERPRISE)
                .requestMatchers(get("/api/v1/objections/**"), get("/api/v1/repairs/**"))
                        .hasAnyRole(Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR)
                .requestMatchers(get("/api/v1/measures/**"), get("/api/v1/departments/**"))
                        .hasAnyRole(Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN)
                .requestMatchers(get("/api/v1/sanctions/**"))
                        .hasAnyAuthority(Roles.authority(Roles.SANCTIONS_CHECK), Groups.authority(Groups.CREDIT_OFFICE))
                // issue 16 exchange: bulk matter-specific checks (sanctions.BulkSanctionsCheck), the matter kinds,
                // the event feed (exchange.EventsController) and webhook subscriptions (exchange.SubscriptionsController)
                .requestMatchers(post("/api/v1/sanctions/checks"))
                        .hasAnyAuthority(Roles.authority(Roles.SANCTIONS_CHECK), Groups.authority(Groups.CREDIT_OFFICE))
                .requestMatchers(get("/api/v1/matters")).hasAnyRole(Roles.STAFF, Roles.SANCTIONS_CHECK)
                .requestMatchers(get("/api/v1/events")).hasAnyAuthority(Roles.authority(Roles.SANCTIONS_CHECK),
                        Groups.authority(Groups.CREDIT_OFFICE), Roles.authority(Roles.ADMIN))
                .requestMatchers(post("/api/v1/subscriptions"), get("/api/v1/subscriptions"),
                        delete("/api/v1/subscriptions/*")).hasRole(Roles.ADMIN)
                .requestMatchers(get("/api/v1/public/**")).permitAll()
                .requestMatchers(get("/api/v1/audit/**")).hasRole(Roles.ADMIN)
                // login throttling (issue 18.3): administrators list and lift sign-in locks (security.throttle)
                .requestMatchers(get("/api/v1/admin/login-locks"), delete("/api/v1/admin/login-locks/**"))
                        .hasRole(Roles.ADMIN)
                .requestMatchers(any("/api/v1/admin/**")).hasRole(Roles.ADMIN)
                .requestMatchers(get("/api/v1/me")).authenticated()
                // who may read which document is decided per document (documents.web.DocumentAccess)
                .requestMatchers(get("/api/v1/documents/**")).authenticated()
                // the department owning the case records the service of its documents (documents.DocumentServing)
                .requestMatchers(post("/api/v1/documents/*/service")).hasRole(Roles.STAFF)
                .requestMatchers(post("/api/v1/api-clients")).hasRole(Roles.ADMIN)
                // staff and supervisors any subject's entries (logged), an enterprise its own (watchlist.WatchLists)
                .requestMatchers(get("/api/v1/watch-list")).hasAnyRole(Roles.STAFF, Roles.SUPERVISOR, Roles.ENTERPRISE)
                .anyRequest().denyAll();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain camundaRestSecurity(HttpSecurity http, ApiErrorResponder apiErrors) throws Exception {
        return http
                .securityMatcher(any(CAMUNDA_REST))
                .authorizeHttpRequests(rest -> rest.anyRequest().hasRole(Roles.ADMIN))
                // a refused sign-in is a JSON 401, or 429 while the login throttle holds it (issue 18.3)
                .httpBasic(basic -> basic.authenticationEntryPoint(apiErrors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless HTTP Basic: no ambient credentials to forge
                .build();
    }

    @Bean
    @Order(3)
    public SecurityFilterChain actuatorSecurity(HttpSecurity http, WebSecurityProperties properties,
                                                ApiErrorResponder apiErrors) throws Exception {
        return http
                .securityMatcher(any("/actuator/**"))
                .authorizeHttpRequests(actuator -> actuator
                        .requestMatchers(any("/actuator/health/**")).permitAll()
                        // issue 18.12: the Prometheus scrape, for administrators and monitoring accounts
                        .requestMatchers(get("/actuator/prometheus")).hasAnyRole(Roles.ADMIN, Roles.METRICS)
                        .anyRequest().hasRole(Roles.ADMIN))
                // a refused sign-in is a JSON 401, or 429 while the login throttle holds it (issue 18.3)
                .httpBasic(basic -> basic.authenticationEntryPoint(apiErrors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::isBrowserSessionWrite))
                .headers(headers -> commonHeaders(headers, properties))
                .build();
    }

    @Bean
    @Order(4)
    public SecurityFilterChain pageSecurity(HttpSecurity http, WebSecurityProperties properties) throws Exception {
        return http
                .authorizeHttpRequests(SecurityConfig::pageRules)
                .formLogin(login -> login.loginPage(LOGIN_PAGE).defaultSuccessUrl("/")
                        .failureHandler(loginFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(any(CAMUNDA_WEBAPPS)))
                // a path no rule names is a 404 for a signed-in user; anonymous callers still go to the login page
                .exceptionHandling(errors -> errors.accessDeniedHandler(new UnknownPages()))
                .headers(headers -> commonHeaders(headers, properties))
                .build();
    }

    /**
     * A wrong password goes back to {@code /login?error}; a sign-in refused by the login throttle (issue 18.3) to
     * {@code /login?throttled}, where {@link LoginController} reads the refusal kept in the session and says how long
     * to wait.
     */
    static AuthenticationFailureHandler loginFailures() {
        LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> byKind =
                new LinkedHashMap<>();
        // both keep the exception in the session (WebAttributes.AUTHENTICATION_EXCEPTION)
        byKind.put(LoginThrottledException.class, new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?throttled"));
        return new DelegatingAuthenticationFailureHandler(byKind,
                new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error"));
    }

    private static void pageRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages
                .requestMatchers(any(LOGIN_PAGE), any("/public/**"), any("/webjars/**"), any("/css/**"), any("/fonts/**"),
                        any("/js/**"), any("/img/**"), any("/favicon.ico"), any("/error")).permitAll()
                .requestMatchers(any("/")).authenticated()
                // every account's own notifications (notification.InboxController filters by reader)
                .requestMatchers(any("/inbox/**")).authenticated()
                .requestMatchers(any("/portal/**")).hasRole(Roles.ENTERPRISE)
                // supervisors read case pages across departments, read-only (DOMAIN "Actors"; the dashboard's
                // drill-down): GET only, every write under /work stays with staff
                // the case list (work.web.CaseListController; a department's own cases, all for those who see all)
                .requestMatchers(get("/work/cases")).hasAnyRole(Roles.STAFF, Roles.SUPERVISOR)
                .requestMatchers(get("/work/cases/**")).hasAnyRole(Roles.STAFF, Roles.SUPERVISOR)
                .requestMatchers(any("/work/**")).hasRole(Roles.STAFF)
                // the subject and staff who may see the case; decided per document (documents.web.DocumentAccess)
                .requestMatchers(get("/documents/**")).authenticated()
                .requestMatchers(any("/dashboard/**")).hasAnyAuthority(Roles.authority(Roles.SUPERVISOR),
                        Roles.authority(Roles.ADMIN), Groups.authority(Groups.CREDIT_OFFICE))
                .requestMatchers(any("/admin/**")).hasRole(Roles.ADMIN)
                .requestMatchers(any(CAMUNDA_WEBAPPS)).hasRole(Roles.ADMIN)
                // denyAll, answered as "not found" to signed-in users (security.web.UnknownPages)
                .anyRequest().access(UnknownPages.DENY);
    }

    private static void commonHeaders(HeadersConfigurer<HttpSecurity> headers, WebSecurityProperties properties) {
        headers
                .frameOptions(frames -> frames.sameOrigin()) // the Camunda webapps frame their own pages
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(any(CAMUNDA_WEBAPPS)),
                        new StaticHeadersWriter("Content-Security-Policy", properties.contentSecurityPolicy())));
    }

    /**
     * CSRF protects credentials the browser sends by itself: a state-changing call riding on an existing session
     * cookie. HTTP Basic clients send their credentials explicitly and need no token: they are authenticated by the
     * Basic header or refused (401), never by the session. Any other Authorization header (e.g. {@code Bearer x})
     * authenticates nothing here, so a write with it and a session cookie is authenticated by the session and needs
     * the token like any other (issue 18.2).
     */
    static boolean isBrowserSessionWrite(HttpServletRequest request) {
        boolean safeMethod = switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
            default -> false;
        };
        return !safeMethod && !carriesBasicCredentials(request) && request.getSession(false) != null;
    }

    private static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static RequestMatcher any(String pattern) {
        return PATHS.matcher(pattern);
    }

    private static RequestMatcher get(String pattern) {
        return PATHS.matcher(HttpMethod.GET, pattern);
    }

    private static RequestMatcher post(String pattern) {
        return PATHS.matcher(HttpMethod.POST, pattern);
    }

    private static RequestMatcher delete(String pattern) {
        return PATHS.matcher(HttpMethod.DELETE, pattern);
    }
}
