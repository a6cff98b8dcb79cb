package org.scrutineer.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Mail to residents and officers. Every message is kept in the outbox table, which officers read in the application;
 * when an SMTP server is configured ({@code spring.mail.host}) it is also sent, and the outbox says when or why not. With
 * none configured (the embedded default) nothing is lost: the outbox is the record of what is to be sent by hand.
 */
@NamedInterface("mail")
@Component
public class Outbox {
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;

    public Outbox(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> sender,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${scrutineer.mail.from:committee.services@localhost}")
                    String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    public record Message(
            long id, String to, String subject, String body, Instant createdAt, Instant sentAt, String failure) {
        public String state() {
            return sentAt != null
                    ? "Sent"
                    : failure != null ? "Not sent: " + failure : "Not sent: no mail server is configured";
        }
    }

    /** Keeps the message and sends it if a mail server is configured; a failure to send is recorded, not thrown. */
    public long send(String to, String subject, String body) {
        long id = jdbc.sql(
                        "insert into outbox_message (to_address, subject, body, created_at) values (:t, :s, :b, :at) returning id")
                .param("t", to)
                .param("s", subject)
                .param("b", body)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        JavaMailSender mail = sender.getIfAvailable();
        if (mail != null) {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(to);
            m.setSubject(subject);
            m.setText(body);
            try {
                mail.send(m);
                jdbc.sql("update outbox_message set sent_at = :at where id = :id")
                        .param("at", java.sql.Timestamp.from(clock.instant()))
                        .param("id", id)
                        .update();
            } catch (MailException e) {
                jdbc.sql("update outbox_message set failure = :f where id = :id")
                        .param("f", String.valueOf(e.getMessage()))
                        .param("id", id)
                        .update();
            }
        }
        return id;
    }

    public List<Message> latest(int limit) {
        return jdbc.sql(
                        "select id, to_address, subject, body, created_at, sent_at, failure from outbox_message order by id desc limit :n")
                .param("n", limit)
                .query((rs, n) -> new Message(
                        rs.getLong("id"),
                        rs.getString("to_address"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("failure")))
                .list();
    }

    /** Personal data goes with the retention time: messages to an address are deleted with its questioner. */
    public int forget(String address) {
        return jdbc.sql("delete from outbox_message where lower(to_address) = lower(:a)")
                .param("a", address)
                .update();
    }
}
