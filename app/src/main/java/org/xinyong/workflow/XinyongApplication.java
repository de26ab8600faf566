package org.xinyong.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Xinyong Workflow: the serious-dishonesty list procedure on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class XinyongApplication {

    public static void main(String[] args) {
        SpringApplication.run(XinyongApplication.class, args);
    }
}
