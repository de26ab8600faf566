package org.xinyong.workflow.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.xinyong.workflow.errors.ErrorCode;

/**
 * Issue 18.7: the errors Tomcat answers itself, before any servlet, filter or Spring's {@code /error} sees the request
 * (a URL beyond the header size limit, {@code %5C} or {@code %00} in the path, a malformed request line), were
 * Tomcat's HTML page even under {@code /api/}. This replaces the host's {@link ErrorReportValve}: under
 * {@code /api/} (and when there is no path to go by, see {@link #isApi}) it answers the API's JSON {@link ApiError}
 * (the code of the status and its generic message, Chinese unless the request asks for English); elsewhere it is
 * Tomcat's page without report or server version, as Spring Boot configures it for
 * {@code server.error.include-stacktrace: never}.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

    static final String API_PREFIX = "/api/";

    private final ObjectMapper objectMapper;
    private final MessageSource messages;

    public ContainerErrorReportValve(ObjectMapper objectMapper, MessageSource messages) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        // the same conditions as Tomcat's: an error status, nothing written yet, reported once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorCode code = ErrorCode.forStatus(HttpStatus.valueOf(status));
        Locale locale = locale(request);
        String fallback = Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? "The request is not valid." : "请求无效。";
        ApiError body = new ApiError(code.code(), messages.getMessage(code.messageKey(), null, fallback, locale));
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(objectMapper.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response is unusable: nothing more to say, as in Tomcat's own valve
        }
    }

    /**
     * Whether the answer is the API's JSON. The raw request path decides (the decoded one is not there when decoding
     * the path is what failed). A request line Tomcat could not read to its end (a URL beyond
     * {@code server.max-http-request-header-size}, 8 KB) leaves no path at all: such requests come from scripts, not
     * from the application's pages, so they get JSON too.
     */
    static boolean isApi(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null || uri.isEmpty() || uri.startsWith(API_PREFIX) || uri.equals("/api");
    }

    /** Chinese first (spring.web.locale): English only when the request asks for it. */
    private static Locale locale(Request request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            return Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        } catch (RuntimeException unreadable) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
