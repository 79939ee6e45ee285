package org.factcheck.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a notification to a reviewer with an e-mail address, when the desk set up SMTP
 * ({@code spring.mail.host}, see README); off otherwise. On a thread of its own: a slow mail server never
 * holds up the step that caused it, and a failure is only logged (the notification is in the app anyway).
 */
@Component
class NotificationMail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final JavaMailSender sender;
    private final String from;
    private final String baseUrl;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-mail").daemon().factory());

    NotificationMail(ObjectProvider<JavaMailSender> sender, @Value("${factcheck.notifications.mail-from:}") String from,
            @Value("${factcheck.public-base-url}") String baseUrl) {
        this.sender = sender.getIfAvailable();
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void send(String address, String message, Long claimId) {
        if (sender == null || address == null || address.isBlank()) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        if (!from.isBlank()) {
            mail.setFrom(from);
        }
        mail.setTo(address);
        mail.setSubject("[Fact-check desk] " + (message.length() <= 120 ? message : message.substring(0, 119) + "…"));
        mail.setText(message + (claimId == null ? "" : "\n\n" + baseUrl + "/claims/" + claimId)
                + "\n\nAll your notifications: " + baseUrl + "/notifications\n");
        outbox.execute(() -> {
            try {
                sender.send(mail);
            } catch (MailException e) {
                log.warn("A notification could not be mailed to {}: {}", address, e.getMessage());
            }
        });
    }

    @Override
    public void destroy() {
        outbox.shutdown();
    }
}
