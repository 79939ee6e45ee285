package org.factcheck.notification;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.ClaimAssigned;
import org.factcheck.comment.CommentPosted;
import org.factcheck.verdict.VerdictStepTaken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what happened into notifications for the people it concerns, after it committed (so nobody hears
 * of a step that was rolled back), never for their own actions; then pushes the new unread count to their
 * open tabs and, with SMTP set up, mails it.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final ReviewerService reviewers;
    private final NotificationPush push;
    private final NotificationMail mail;

    Notifier(NotificationRepository notifications, ReviewerService reviewers, NotificationPush push, NotificationMail mail) {
        this.notifications = notifications;
        this.reviewers = reviewers;
        this.push = push;
        this.mail = mail;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void commented(CommentPosted posted) {
        for (String colleague : posted.mentioned()) {
            tell(colleague, Notification.Kind.MENTIONED, posted.claimId(), posted.author(),
                    posted.author() + " mentioned you: “" + posted.excerpt() + "”");
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void assigned(ClaimAssigned assigned) {
        tell(assigned.assignee(), Notification.Kind.ASSIGNED, assigned.claimId(), assigned.assignedBy(),
                assigned.assignedBy() + " assigned you the claim “" + shortened(assigned.claimText()) + "”");
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void stepTaken(VerdictStepTaken step) {
        String by = step.takenBy();
        String why = step.comment() == null ? "" : ": “" + shortened(step.comment()) + "”";
        switch (step.step()) {
            case SUBMIT -> editors().forEach(editor -> tell(editor, Notification.Kind.SUBMITTED_FOR_REVIEW, step.claimId(), by,
                    by + " submitted a verdict for review" + why));
            case SEND_BACK -> tell(step.author(), Notification.Kind.SENT_BACK, step.claimId(), by,
                    by + " sent your verdict back" + why);
            case PUBLISH -> tell(step.author(), Notification.Kind.PUBLISHED, step.claimId(), by, by + " published your verdict" + why);
            case CORRECT -> editors().forEach(editor -> tell(editor, Notification.Kind.CORRECTION_PROPOSED, step.claimId(), by,
                    by + " proposed a correction for a second editor to publish" + why));
            case PUBLISH_CORRECTION -> tell(step.author(), Notification.Kind.CORRECTED, step.claimId(), by,
                    by + " published a correction of your verdict" + why);
            case RETRACT -> tell(step.author(), Notification.Kind.RETRACTED, step.claimId(), by, by + " retracted your verdict" + why);
            default -> {
                // starting a draft or the seed's import concerns nobody else
            }
        }
    }

    private Set<String> editors() {
        Set<String> editors = new LinkedHashSet<>();
        for (Reviewer reviewer : reviewers.assignable()) {
            if (reviewer.getRole().included().contains(Role.EDITOR)) {
                editors.add(reviewer.getUsername());
            }
        }
        return editors;
    }

    private void tell(String recipient, Notification.Kind kind, Long claimId, String actor, String message) {
        if (recipient == null || recipient.equals(actor)) {
            return;
        }
        notifications.save(new Notification(recipient, kind, claimId, actor, message, Instant.now()));
        push.send(recipient, notifications.countByRecipientAndReadAtIsNull(recipient));
        reviewers.findByUsername(recipient).map(Reviewer::getEmail).ifPresent(address -> mail.send(address, message, claimId));
    }

    private static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }
}
