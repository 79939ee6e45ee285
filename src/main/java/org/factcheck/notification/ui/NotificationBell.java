package org.factcheck.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.base.ui.NavbarItem;
import org.factcheck.notification.NotificationPush;
import org.factcheck.notification.NotificationService;

/** The bell in the shell: the unread count, kept current by push while the tab is open; opens the notifications. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarItem {

    private final NotificationService notifications;
    private final NotificationPush push;

    NotificationBell(NotificationService notifications, NotificationPush push) {
        this.notifications = notifications;
        this.push = push;
    }

    @Override
    public Component create() {
        Span count = new Span();
        count.addClassName("unread-count");
        Button bell = new Button(VaadinIcon.BELL_O.create(), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(NotificationsView.class)));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.addClassName("notification-bell");
        bell.setSuffixComponent(count);
        show(bell, count, notifications.unread());
        String me = CurrentReviewer.username();
        bell.addAttachListener(attached -> {
            UI ui = attached.getUI();
            Runnable stop = push.listen(me, unread -> ui.access(() -> show(bell, count, unread)));
            bell.addDetachListener(detached -> {
                stop.run();
                detached.unregisterListener();
            });
        });
        return bell;
    }

    private static void show(Button bell, Span count, long unread) {
        count.setText(unread == 0 ? "" : Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications: none unread" : "Notifications: " + unread + " unread");
        bell.setTooltipText(unread == 0 ? "No unread notifications" : unread + " unread");
    }
}
