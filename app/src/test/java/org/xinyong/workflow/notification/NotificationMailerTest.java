package org.xinyong.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail of notifications through Spring Mail, received by GreenMail's SMTP server. */
class NotificationMailerTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    NotificationRepository repository = mock(NotificationRepository.class);
    JavaMailSenderImpl sender = new JavaMailSenderImpl();

    @BeforeEach
    void pointAtGreenMail() {
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
    }

    @Test
    void eachMemberOfTheGroupGetsTheirOwnMessageWithTheLink() throws Exception {
        Recipient group = Recipient.group("dept-amr");
        when(repository.emailAddressesOf(group)).thenReturn(List.of("amr@demo.xinyong.local", "amr2@demo.xinyong.local"));

        boolean sent = mailer(true).send(group, "异议核实期限将至", "异议（编号 7）须于 2026-05-20 前核实完毕。",
                "/work/cases/OBJECTION/7");

        assertThat(sent).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received).allSatisfy(message -> {
            assertThat(message.getSubject()).isEqualTo("异议核实期限将至");
            assertThat(message.getFrom()[0].toString()).isEqualTo("noreply@xinyong.local");
            assertThat(message.getRecipients(Message.RecipientType.TO)).hasSize(1);
            assertThat(GreenMailUtil.getBody(message)).isNotBlank();
        });
        assertThat(received[0].getContent().toString())
                .contains("2026-05-20").contains("https://credit.example.gov.cn/work/cases/OBJECTION/7");
        assertThat(List.of(received[0].getAllRecipients()[0].toString(), received[1].getAllRecipients()[0].toString()))
                .containsExactlyInAnyOrder("amr@demo.xinyong.local", "amr2@demo.xinyong.local");
    }

    @Test
    void nothingIsSentWhenDisabled() {
        boolean sent = mailer(false).send(Recipient.user("amr"), "标题", "正文", null);

        assertThat(sent).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        verifyNoInteractions(repository);
    }

    @Test
    void nothingIsSentWithoutAnSmtpServer() {
        NotificationMailer withoutServer = new NotificationMailer(provider(null), repository, properties(true));

        assertThat(withoutServer.isEnabled()).isFalse();
        assertThat(withoutServer.send(Recipient.user("amr"), "标题", "正文", null)).isFalse();
        verifyNoInteractions(repository);
    }

    @Test
    void recipientWithoutAddressIsNotMailed() {
        when(repository.emailAddressesOf(Recipient.subject("91230400MA19XY0035"))).thenReturn(List.of());

        assertThat(mailer(true).send(Recipient.subject("91230400MA19XY0035"), "标题", "正文", "/portal")).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerIsReportedNotThrown() {
        sender.setPort(1); // nothing listens there
        when(repository.emailAddressesOf(Recipient.user("amr"))).thenReturn(List.of("amr@demo.xinyong.local"));

        assertThat(mailer(true).send(Recipient.user("amr"), "标题", "正文", null)).isFalse();
    }

    private NotificationMailer mailer(boolean enabled) {
        return new NotificationMailer(provider(sender), repository, properties(enabled));
    }

    private static NotificationProperties properties(boolean enabled) {
        return new NotificationProperties(new NotificationProperties.Email(enabled, "noreply@xinyong.local"),
                "https://credit.example.gov.cn/");
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
