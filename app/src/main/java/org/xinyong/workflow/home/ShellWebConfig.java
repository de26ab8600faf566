package org.xinyong.workflow.home;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The UI shell's web setup: language selection ({@link RequestLocaleResolver}) and the layout's model. */
@Configuration(proxyBeanMethods = false)
public class ShellWebConfig implements WebMvcConfigurer {

    /** {@code ?lang=en} or {@code ?lang=zh_CN} on any page switches the language. */
    public static final String LANGUAGE_PARAMETER = "lang";

    private final ShellModelInterceptor shellModel;

    public ShellWebConfig(ShellModelInterceptor shellModel) {
        this.shellModel = shellModel;
    }

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    public LocaleResolver localeResolver() {
        return new RequestLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(LANGUAGE_PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(shellModel);
    }
}
