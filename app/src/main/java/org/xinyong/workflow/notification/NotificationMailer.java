package org.xinyong.workflow.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail (Spring Mail) to every address its recipient stands for, one message each so
 * that members do not see each other's addresses. Off when {@code xinyong.notification.email.enabled} is false or
 * no SMTP server is configured ({@code spring.mail.host}; without it Spring Boot makes no {@link JavaMailSender}).
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository repository;
    private final NotificationProperties properties;

    public NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository repository,
                              NotificationProperties properties) {
        this.mailSender = mailSender;
        this.repository = repository;
        this.properties = properties;
    }

    public boolean isEnabled() {
        return properties.email().enabled() && mailSender.getIfAvailable() != null;
    }

    /**
     * Mails the notification; answers whether at least one message went out. A failing server is logged, never
     * thrown: the in-app notification stands and its {@code emailed_at} stays empty.
     */
    public boolean send(Recipient recipient, String title, String body, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!properties.email().enabled() || sender == null) {
            return false;
        }
        List<String> addresses = repository.emailAddressesOf(recipient);
        boolean sent = false;
        for (String address : addresses) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.email().from());
            message.setTo(address);
            message.setSubject(title);
            message.setText(link == null ? body : body + "\n\n" + absolute(link));
            try {
                sender.send(message);
                sent = true;
            } catch (MailException failed) {
                log.warn("Notification e-mail to {} ({}) failed: {}", address, recipient, failed.getMessage());
            }
        }
        return sent;
    }

    private String absolute(String link) {
        String base = properties.baseUrl();
        if (base.endsWith("/") && link.startsWith("/")) {
            return base + link.substring(1);
        }
        return base + link;
    }
}
