package org.factcheck.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions of visitors who have not signed in (F-14): every visit to the sign-in page opens one, so a
 * stranger could open them without end, each holding memory for the whole session timeout. They get a
 * short idle limit, and only the newest {@code factcheck.sessions.anonymous-limit} are kept: past that,
 * the oldest anonymous one ends. Signing in takes a session out of this count and gives it back the
 * desk's session timeout; a signed-in session is never ended here. Public pages and the API open no session.
 */
@Component
class AnonymousSessions implements HttpSessionListener {

    private final int limit;
    private final int anonymousIdleSeconds;
    /**
     * Oldest first, each with the longer idle limit it was created with (the desk's session timeout) if
     * this cut it, to give back on signing in, else null; by identity, since signing in gives a session a
     * new id.
     */
    private final Map<HttpSession, Integer> anonymous = new LinkedHashMap<>();

    AnonymousSessions(@Value("${factcheck.sessions.anonymous-limit}") int limit,
            @Value("${factcheck.sessions.anonymous-idle}") Duration anonymousIdle) {
        this.limit = limit;
        this.anonymousIdleSeconds = (int) anonymousIdle.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession created = event.getSession();
        int configured = created.getMaxInactiveInterval();
        Integer cut = null;
        if (configured <= 0 || configured > anonymousIdleSeconds) {
            created.setMaxInactiveInterval(anonymousIdleSeconds);
            cut = configured;
        }
        HttpSession oldest = null;
        synchronized (anonymous) {
            anonymous.put(created, cut);
            if (anonymous.size() > limit) {
                Iterator<HttpSession> first = anonymous.keySet().iterator();
                oldest = first.next();
                first.remove();
            }
        }
        if (oldest != null) {
            end(oldest);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        synchronized (anonymous) {
            anonymous.remove(event.getSession());
        }
    }

    /** Sign-in by form or HTTP Basic, in the request that signs in. */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                Integer configured;
                synchronized (anonymous) {
                    configured = anonymous.remove(session);
                }
                if (configured != null) {
                    session.setMaxInactiveInterval(configured);
                }
            }
        }
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // It timed out meanwhile: nothing left to end.
        }
    }
}
