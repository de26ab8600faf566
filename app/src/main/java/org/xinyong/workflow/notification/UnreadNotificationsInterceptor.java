package org.xinyong.workflow.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * Gives every rendered page of a signed-in user {@code unreadNotifications}, the count shown as the navbar's badge
 * ({@code fragments/navbar}). Only pages with a view are counted: API calls and redirects are not.
 */
@Component
public class UnreadNotificationsInterceptor implements HandlerInterceptor {

    public static final String UNREAD_NOTIFICATIONS = "unreadNotifications";

    private final Notifications notifications;
    private final CurrentUsers users;

    public UnreadNotificationsInterceptor(Notifications notifications, CurrentUsers users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || modelAndView.getModel().containsKey(UNREAD_NOTIFICATIONS)) {
            return;
        }
        String view = modelAndView.getViewName();
        if (view != null && (view.startsWith("redirect:") || view.startsWith("forward:"))) {
            return;
        }
        users.find().ifPresent(reader ->
                modelAndView.addObject(UNREAD_NOTIFICATIONS, notifications.unreadCount(reader)));
    }
}
