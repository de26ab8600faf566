package org.xinyong.workflow.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * Gives every rendered page what the layout ({@code layout/main}) needs: {@code currentUser} (a
 * {@link org.xinyong.workflow.security.CurrentUser}, {@code null} when anonymous) and {@code navSection} (the first
 * path segment, e.g. {@code work}, to mark the active navigation item). Controllers may set either themselves.
 */
@Component
public class ShellModelInterceptor implements HandlerInterceptor {

    public static final String CURRENT_USER = "currentUser";
    public static final String NAV_SECTION = "navSection";

    private final CurrentUsers currentUsers;

    public ShellModelInterceptor(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || isRedirectOrForward(modelAndView)) {
            return;
        }
        if (!modelAndView.getModel().containsKey(CURRENT_USER)) {
            modelAndView.addObject(CURRENT_USER, currentUsers.find().orElse(null));
        }
        if (!modelAndView.getModel().containsKey(NAV_SECTION)) {
            modelAndView.addObject(NAV_SECTION, section(request));
        }
    }

    static String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] segments = path.split("/");
        return segments.length > 1 ? segments[1] : "";
    }

    private static boolean isRedirectOrForward(ModelAndView modelAndView) {
        String view = modelAndView.getViewName();
        return view != null && (view.startsWith("redirect:") || view.startsWith("forward:"));
    }
}
