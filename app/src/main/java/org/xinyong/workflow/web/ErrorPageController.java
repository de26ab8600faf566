package org.xinyong.workflow.web;

import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.errors.ErrorCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Spring Boot's {@code /error} path, reached for failures outside controllers: unknown URLs, filter errors, upload
 * parsing, page controllers. Requests under {@code /api/} (and clients that do not ask for HTML) get an
 * {@link ApiError}; browsers get a friendly page ({@code templates/error/404.html}, {@code 403}, {@code 413},
 * {@code 4xx}, {@code 5xx}) without any exception detail.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);
    private static final String API_PREFIX = "/api/";
    private static final String JSON_KEY = "apiError";
    private static final List<MediaType> HTML = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

    private final ErrorAttributes errorAttributes;
    private final ApiErrors errors;
    private final ObjectMapper objectMapper;

    public ErrorPageController(ErrorAttributes errorAttributes, ApiErrors errors, ObjectMapper objectMapper) {
        this.errorAttributes = errorAttributes;
        this.errors = errors;
        this.objectMapper = objectMapper;
    }

    @RequestMapping
    public ModelAndView error(HttpServletRequest request) {
        Throwable failure = errorAttributes.getError(new ServletWebRequest(request));
        HttpStatusCode status = statusOf(request, failure);
        ErrorCode code = ErrorCode.forStatus(status);
        String reference = null;
        if (code == ErrorCode.INTERNAL_ERROR) {
            reference = ApiErrors.newReference();
            log.error("Internal error, reference {}, at {}", reference, originalPath(request), failure);
        }
        if (isApi(request) || !acceptsHtml(request)) {
            return json(status, apiError(code, failure, reference));
        }
        ModelAndView page = new ModelAndView(viewFor(status), Map.of("status", status.value()));
        if (reference != null) {
            page.addObject("reference", reference);
        }
        if (code == ErrorCode.PAYLOAD_TOO_LARGE) {
            // a form posted without JavaScript: say the limit, and lead back to the form (the browser keeps what was
            // typed there)
            page.addObject("detail", errors.payloadTooLarge().message());
            page.addObject("back", sameSiteReferrer(request));
        }
        page.setStatus(status);
        return page;
    }

    private ApiError apiError(ErrorCode code, Throwable failure, String reference) {
        DomainException domain = find(failure, DomainException.class);
        if (domain != null && domain.errorCode() == code) {
            return errors.of(domain);
        }
        // failures before a handler was chosen never reach ApiExceptionHandler: name what they are about here
        HttpRequestMethodNotSupportedException method = find(failure, HttpRequestMethodNotSupportedException.class);
        if (method != null) {
            return errors.of(ErrorCode.INVALID_REQUEST, "error.invalid_request.methodNotAllowed", method.getMethod());
        }
        HttpMediaTypeNotSupportedException mediaType = find(failure, HttpMediaTypeNotSupportedException.class);
        if (mediaType != null && mediaType.getContentType() != null) {
            return errors.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "error.unsupported_media_type.type",
                    mediaType.getContentType().toString());
        }
        return switch (code) {
            case INTERNAL_ERROR -> errors.internalError(reference);
            case PAYLOAD_TOO_LARGE -> errors.payloadTooLarge();
            default -> errors.generic(code);
        };
    }

    /** The container's status, unless the failure escaped as a 500 but knows better (a domain or upload error). */
    private static HttpStatusCode statusOf(HttpServletRequest request, Throwable failure) {
        DomainException domain = find(failure, DomainException.class);
        if (domain != null) {
            return domain.errorCode().status();
        }
        ErrorResponse response = find(failure, ErrorResponse.class);
        if (response != null) {
            return response.getStatusCode();
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer value && value >= 400) {
            return HttpStatusCode.valueOf(value);
        }
        if (status == null && failure == null) {
            // the error path asked for directly, not reached by an error dispatch: nothing here (issue 18.4)
            return HttpStatus.NOT_FOUND;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static <T> T find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    /** The path of the page the request came from, when it is one of ours; otherwise null. */
    private static String sameSiteReferrer(HttpServletRequest request) {
        String referrer = request.getHeader(HttpHeaders.REFERER);
        if (referrer == null) {
            return null;
        }
        try {
            URI uri = new URI(referrer);
            boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort());
            String path = uri.getRawPath();
            if (!sameSite || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String viewFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 413 -> "error/413";
            default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
        };
    }

    private ModelAndView json(HttpStatusCode status, ApiError error) {
        MappingJackson2JsonView view = new MappingJackson2JsonView(objectMapper);
        // only the error itself, whatever model attributes other advice adds to every view
        view.setModelKeys(Set.of(JSON_KEY));
        view.setExtractValueFromSingleKeyModel(true);
        ModelAndView answer = new ModelAndView(view, Map.of(JSON_KEY, error));
        answer.setStatus(status);
        return answer;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = originalPath(request);
        return path.startsWith(API_PREFIX) || path.equals(API_PREFIX.substring(0, API_PREFIX.length() - 1));
    }

    /** The path that failed, without the context path. */
    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && path.startsWith(context) ? path.substring(context.length())
                : path;
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> HTML.stream().anyMatch(html -> html.equalsTypeAndSubtype(type)));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
