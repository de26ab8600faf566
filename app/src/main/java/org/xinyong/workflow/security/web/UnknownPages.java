package org.xinyong.workflow.security.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Pages that no access rule names (issue 19.7: {@code /nope} answered 403, as if it existed). The last page rule
 * still denies them ({@link #DENY}); only the answer differs: a signed-in user gets the "page not found" page (404),
 * which says nothing more than that there is no such page, while an anonymous caller is still sent to the login page
 * like for any other refused page, so the paths that exist cannot be told from the ones that do not without signing
 * in. A page a rule names but the user's role may not open stays a 403.
 */
public final class UnknownPages implements AccessDeniedHandler {

    /** The request attribute that marks a request refused because no rule names its path. */
    static final String UNKNOWN = UnknownPages.class.getName() + ".UNKNOWN";

    /** Denies every request, like {@code denyAll()}, and marks it as one no rule names. */
    public static final AuthorizationManager<RequestAuthorizationContext> DENY = new AuthorizationManager<>() {
        @Override
        public AuthorizationDecision check(Supplier<Authentication> authentication,
                                           RequestAuthorizationContext context) {
            context.getRequest().setAttribute(UNKNOWN, Boolean.TRUE);
            return new AuthorizationDecision(false);
        }

        @Override
        public String toString() {
            return "denyAll (no rule names the path)";
        }
    };

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (Boolean.TRUE.equals(request.getAttribute(UNKNOWN))) {
            request.removeAttribute(UNKNOWN); // the error dispatch (/error) is authorised on its own
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        otherwise.handle(request, response, refused);
    }
}
