package org.xinyong.workflow.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the navbar's unread count ({@link UnreadNotificationsInterceptor}) for every page. */
@Configuration(proxyBeanMethods = false)
public class NotificationWebConfig implements WebMvcConfigurer {

    private final UnreadNotificationsInterceptor unread;

    public NotificationWebConfig(UnreadNotificationsInterceptor unread) {
        this.unread = unread;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(unread).excludePathPatterns("/api/**", "/camunda/**", "/engine-rest/**");
    }
}
