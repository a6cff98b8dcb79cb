package org.scrutineer.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail goes out through a real SMTP server (GreenMail, started here on a free port, speaking SMTP over a socket), by
 * Spring's mail support as {@code spring.mail.host} configures it; and when the server cannot be reached, or none is
 * configured, the message stays in the outbox with the reason.
 */
@ScrutineerTest
class OutboxSmtpIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    Outbox configured;

    GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private Outbox through(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        ObjectProvider<JavaMailSender> provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        return new Outbox(jdbc, provider, clock, "committee.services@halton.example");
    }

    @Test
    void aMessageIsSentBySmtpAndMarkedSent() throws Exception {
        long id = through(smtp.getSmtp().getPort())
                .send("resident.smtp@example.org", "Your public question PQ-TESTSMTP", "Dear resident,\n\nThank you.");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Your public question PQ-TESTSMTP");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("resident.smtp@example.org");
        assertThat(received.getFrom()[0].toString()).isEqualTo("committee.services@halton.example");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received)).contains("Thank you.");
        assertThat(jdbc.sql("select sent_at is not null and failure is null from outbox_message where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aServerThatCannotBeReachedLeavesTheMessageInTheOutboxWithTheReason() {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        long id = through(port).send("resident.down@example.org", "Subject", "Body");
        assertThat(jdbc.sql("select sent_at is null and failure is not null from outbox_message where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void withNoServerConfiguredTheMessageIsKeptForOfficersToRead() {
        long id = configured.send("resident.kept@example.org", "Kept", "Body");
        var m = configured.latest(50).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(m.sentAt()).isNull();
        assertThat(m.state()).isEqualTo("Not sent: no mail server is configured");
    }
}
