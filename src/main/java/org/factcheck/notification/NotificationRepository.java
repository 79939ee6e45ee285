package org.factcheck.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null and n.id = :id")
    int markRead(String recipient, long id, Instant at);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);
}
