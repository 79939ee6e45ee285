package org.factcheck.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Signs a reviewer out when Vaadin closes their idle session. With vaadin.closeIdleSessions, Vaadin
 * closes a session whose tab has only sent heartbeats for longer than the session timeout, but it
 * keeps the HTTP session, and with it the sign-in: the tab's next click would simply open a new
 * Vaadin session, still signed in. Ending the HTTP session too sends them to the login page.
 */
@Component
class IdleSessionSignOut implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // The HTTP session itself timed out or was signed out of: that is what closed the Vaadin one.
                }
            }
        });
    }
}
