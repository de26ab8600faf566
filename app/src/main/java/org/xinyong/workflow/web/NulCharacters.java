package org.xinyong.workflow.web;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No text with a NUL character (U+0000) gets in (issue 18.4): PostgreSQL cannot store one in a text column, so it
 * ended as a 500 deep in the repository. A JSON string with one is a 400 (the JSON error format, as any unreadable
 * body), and so is a query string with {@code %00}; the page or API answers through the one error controller.
 */
@Configuration(proxyBeanMethods = false)
public class NulCharacters {

    static final char NUL = '\u0000';

    /** Registered with Spring Boot's ObjectMapper: every JSON string is read as usual, then refused if it has a NUL. */
    @Bean
    public SimpleModule noNulInJsonStrings() {
        SimpleModule module = new SimpleModule("no-nul-in-json-strings");
        module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = StringDeserializer.instance.deserialize(parser, context);
                if (text != null && text.indexOf(NUL) >= 0) {
                    throw InvalidFormatException.from(parser, "text must not contain a NUL character", text,
                            String.class);
                }
                return text;
            }
        });
        return module;
    }

    /** Before security and the dispatcher: a query string with {@code %00} is refused as a bad request. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    public OncePerRequestFilter noNulInQueryStrings() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String query = request.getQueryString();
                if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
