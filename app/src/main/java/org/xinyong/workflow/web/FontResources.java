package org.xinyong.workflow.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Issue 19.14: the pages' Chinese web font comes with the application (the Noto Sans SC GB2312 subset the PDFs embed,
 * SIL Open Font License, {@code fonts/OFL.txt}), never from a CDN, so a client without CJK system fonts shows Chinese
 * instead of boxes. Served at {@code /fonts/**} for anyone (security.SecurityConfig), cached for a year: the files
 * change only with a release.
 */
@Configuration(proxyBeanMethods = false)
public class FontResources implements WebMvcConfigurer {

    /** The fonts change only with a release of the application. */
    static final Duration CACHE = Duration.ofDays(365);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/fonts/**").addResourceLocations("classpath:/fonts/")
                .setCacheControl(CacheControl.maxAge(CACHE).cachePublic());
    }
}
