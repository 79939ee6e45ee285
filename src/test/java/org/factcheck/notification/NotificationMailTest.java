package org.factcheck.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.factcheck.Desk;
import org.factcheck.SeparateApplications;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.comment.CommentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP set up (spring.mail.host), a notification is also mailed to the colleague's address, in an app
 * of its own pointed at a local SMTP server (GreenMail) the test starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(SeparateApplications.class)
class NotificationMailTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry settings) {
        settings.add("spring.mail.host", () -> "127.0.0.1");
        settings.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        settings.add("factcheck.notifications.mail-from", () -> "desk@factcheck.example");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired CommentService comments;
    @Autowired ReviewerService reviewers;
    @Autowired Desk desk;

    @Test
    void a_mention_is_mailed_to_the_colleague_with_a_link_to_the_claim() throws Exception {
        Reviewer mentioned = as("admin", Role.ADMIN, () -> AccountFixtures.account(reviewers, Role.REVIEWER));
        Claim claim = desk.newClaim("mailing-author");
        as("mailing-author", Role.REVIEWER, () -> comments.post(claim.getId(), "@" + mentioned.getUsername() + " the figure is wrong"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).as("a mail arrived").isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(mentioned.getEmail());
        assertThat(mail.getFrom()[0].toString()).isEqualTo("desk@factcheck.example");
        assertThat(mail.getSubject()).isEqualTo("[Fact-check desk] mailing-author mentioned you: “@" + mentioned.getUsername()
                + " the figure is wrong”");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("/claims/" + claim.getId());
    }
}
