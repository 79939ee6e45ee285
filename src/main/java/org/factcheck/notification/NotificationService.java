package org.factcheck.notification;

import java.time.Instant;
import java.util.List;
import org.factcheck.account.CurrentReviewer;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in reviewer's own notifications: nobody reads or marks another's. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class NotificationService {

    private static final Limit SHOWN = Limit.of(200);

    private final NotificationRepository notifications;
    private final NotificationPush push;

    NotificationService(NotificationRepository notifications, NotificationPush push) {
        this.notifications = notifications;
        this.push = push;
    }

    /** The newest first, at most 200. */
    public List<Notification> mine() {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(CurrentReviewer.username(), SHOWN);
    }

    public long unread() {
        return notifications.countByRecipientAndReadAtIsNull(CurrentReviewer.username());
    }

    @Transactional
    public void markRead(long id) {
        marked(notifications.markRead(CurrentReviewer.username(), id, Instant.now()));
    }

    @Transactional
    public void markAllRead() {
        marked(notifications.markAllRead(CurrentReviewer.username(), Instant.now()));
    }

    private void marked(int changed) {
        if (changed > 0) {
            String me = CurrentReviewer.username();
            push.send(me, notifications.countByRecipientAndReadAtIsNull(me));
        }
    }
}
