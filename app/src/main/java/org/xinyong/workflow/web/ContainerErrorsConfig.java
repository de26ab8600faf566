package org.xinyong.workflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Installs {@link ContainerErrorReportValve} as the embedded Tomcat host's error report valve (issue 18.7), in place
 * of the one Spring Boot adds. Ordered last, so its context customizer runs after Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorsConfig {

    @Bean
    ContainerErrorReports containerErrorReports(ObjectMapper objectMapper, MessageSource messages) {
        return new ContainerErrorReports(objectMapper, messages);
    }

    static final class ContainerErrorReports
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ObjectMapper objectMapper;
        private final MessageSource messages;

        ContainerErrorReports(ObjectMapper objectMapper, MessageSource messages) {
            this.objectMapper = objectMapper;
            this.messages = messages;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (!(context.getParent() instanceof StandardHost host)) {
                    return;
                }
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // the host adds a valve of this class at start unless one is there already: ours is
                host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
                host.getPipeline().addValve(new ContainerErrorReportValve(objectMapper, messages));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
