package org.xinyong.workflow.security.camunda;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the Spring Security sign-in to Camunda: nobody signs in to Camunda with a Camunda password.
 * Both filters run right after Spring Security's filter chain (which has already refused everyone but
 * administrators) and, for the webapps, before the filters the Camunda webapp starter registers itself.
 */
@Configuration(proxyBeanMethods = false)
public class CamundaSingleSignOnConfig {

    private static final String PROVIDER_PARAMETER = "authentication-provider";
    private static final int RIGHT_AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    /** Cockpit, Tasklist and Admin: the webapp session authentication is created from the Spring sign-in. */
    @Bean
    public FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn(
            CamundaBpmProperties camunda) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camundaWebappSingleSignOn");
        registration.addInitParameter(PROVIDER_PARAMETER, SpringSecurityAuthenticationProvider.class.getName());
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(RIGHT_AFTER_SPRING_SECURITY);
        return registration;
    }

    /** Camunda REST: the engine knows the calling administrator (user operation log, authorizations). */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication(
            JerseyApplicationPath restPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camundaRestAuthentication");
        registration.addInitParameter(PROVIDER_PARAMETER, SpringSecurityAuthenticationProvider.class.getName());
        registration.addUrlPatterns(restPath.getUrlMapping());
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(RIGHT_AFTER_SPRING_SECURITY);
        return registration;
    }
}
