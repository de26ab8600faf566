package org.xinyong.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinyong.notification.*}.
 *
 * @param email   e-mail of notifications
 * @param baseUrl the application's address as readers reach it, put before a notification's link in e-mails
 */
@ConfigurationProperties("xinyong.notification")
public record NotificationProperties(@DefaultValue Email email,
                                     @DefaultValue("http://localhost:8080") String baseUrl) {

    /**
     * @param enabled whether notifications are also e-mailed. E-mail needs an SMTP server as well
     *                ({@code spring.mail.host}): without one, Spring Boot makes no mail sender and nothing is sent.
     * @param from    the sender address
     */
    public record Email(@DefaultValue("true") boolean enabled,
                        @DefaultValue("noreply@xinyong.local") String from) {
    }
}
