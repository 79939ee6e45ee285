package org.factcheck.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * The open tabs of each reviewer, to push a new unread count to (Vaadin push, @Push on the shell). One
 * instance's tabs only: behind several instances, a reviewer's tab hears of what happened on its own
 * instance at once and of the rest when it next asks (docs/operations.md).
 */
@Component
public class NotificationPush {

    private final Map<String, Set<LongConsumer>> tabs = new ConcurrentHashMap<>();

    /** Listens for the reviewer's unread count; the returned handle stops listening (on detach). */
    public Runnable listen(String username, LongConsumer unread) {
        tabs.computeIfAbsent(username, any -> ConcurrentHashMap.newKeySet()).add(unread);
        return () -> tabs.computeIfPresent(username, (name, listeners) -> {
            listeners.remove(unread);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    void send(String username, long unread) {
        tabs.getOrDefault(username, Set.of()).forEach(listener -> listener.accept(unread));
    }
}
