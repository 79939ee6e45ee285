package org.factcheck.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factcheck.base.Words;
import org.factcheck.notification.Notification;
import org.factcheck.notification.NotificationService;

/** The signed-in reviewer's notifications, newest first; the unread ones marked; opening one marks it read. */
@Route("notifications")
@PageTitle("Notifications · Fact-check database")
@PermitAll
class NotificationsView extends Main {

    private final NotificationService notifications;
    private final Div list = new Div();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications");
        Button allRead = new Button("Mark all as read", click -> {
            notifications.markAllRead();
            render();
        });
        add(new H2("Notifications"), allRead, list);
        render();
    }

    private void render() {
        list.removeAll();
        List<Notification> mine = notifications.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph("Nothing yet. You are told here when a colleague mentions you, assigns you a claim,"
                    + " or moves a verdict that concerns you."));
        }
        for (Notification notification : mine) {
            Div item = new Div();
            item.addClassName("notification");
            item.addClassName(notification.isRead() ? "read" : "unread");
            Span when = new Span(Words.of(notification.getCreatedAt()));
            when.addClassName("when");
            Span message = new Span(notification.getMessage());
            item.add(when, message);
            if (notification.getClaimId() != null) {
                Anchor open = new Anchor("claims/" + notification.getClaimId(), "Open the claim");
                open.getElement().addEventListener("click", click -> notifications.markRead(notification.getId()));
                item.add(open);
            }
            if (!notification.isRead()) {
                Button read = new Button("Mark read", click -> {
                    notifications.markRead(notification.getId());
                    render();
                });
                read.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
                item.add(read);
            }
            list.add(item);
        }
    }
}
