package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST endpoint under {@code /api/v1} refuses anonymous callers with 401 and the JSON error body, except the
 * public list. Endpoints are found from the handler mappings, so a new endpoint is checked without touching this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ApiSecuritySmokeTest {

    private static final String API = "/api/v1";
    private static final String PUBLIC_API = "/api/v1/public";
    private static final String DUMMY = "dummy";

    @Autowired
    private MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMappings;

    @Test
    void everyApiEndpointRefusesAnonymousCallersWithJson401() throws Exception {
        List<Endpoint> endpoints = protectedApiEndpoints();
        assertThat(endpoints).as("endpoints under " + API).isNotEmpty();

        for (Endpoint endpoint : endpoints) {
            mvc.perform(request(endpoint.method(), endpoint.path()).contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.error").value("unauthorized"))
                    .andExpect(jsonPath("$.message").isNotEmpty());
        }
    }

    @Test
    void findsTheCurrentUserEndpoint() {
        assertThat(protectedApiEndpoints()).contains(new Endpoint(HttpMethod.GET, "/api/v1/me"));
    }

    private List<Endpoint> protectedApiEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfo mapping : handlerMappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith(API + "/") || pattern.startsWith(PUBLIC_API + "/")) {
                    continue;
                }
                String path = fillVariables(pattern);
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, path));
                    endpoints.add(new Endpoint(HttpMethod.POST, path));
                } else {
                    methods.forEach(method -> endpoints.add(new Endpoint(method.asHttpMethod(), path)));
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    /** {@code /listings/{id}/repairs} → {@code /listings/dummy/repairs}; wildcards likewise. */
    static String fillVariables(String pattern) {
        return pattern
                .replaceAll("\\{\\*[^}]*}", DUMMY)
                .replaceAll("\\{[^}]*}", DUMMY)
                .replace("**", DUMMY)
                .replace("*", DUMMY);
    }

    record Endpoint(HttpMethod method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.name().compareTo(other.method.name());
        }
    }
}
