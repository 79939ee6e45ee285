package org.factcheck.archive;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Re-checks the live pages evidence cites, in the background: every {@code recheck-after} (a week by
 * default) each cited page is fetched again, as safely as a copy is, and flagged when it is gone (4xx,
 * 5xx), unreachable (DNS, timeouts) or no longer holds the quote. Politely: one request per host per
 * {@code per-host} at most; a host that must wait is simply checked on a later round.
 */
@Component
class LinkWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LinkWatch.class);
    private static final int BATCH = 50;

    private final SafeFetcher fetcher;
    private final ArchiveStore store;
    private final Clock clock;
    private final boolean enabled;
    private final Duration every;
    private final Duration recheckAfter;
    private final Duration perHost;
    /** When each host may be asked again; one instance's politeness (each instance keeps its own). */
    private final Map<String, Instant> nextVisit = new HashMap<>();
    private ScheduledExecutorService rounds;

    @Autowired
    LinkWatch(SafeFetcher fetcher, ArchiveStore store,
            @Value("${factcheck.archive.watch.enabled:true}") boolean enabled,
            @Value("${factcheck.archive.watch.every:1m}") Duration every,
            @Value("${factcheck.archive.watch.recheck-after:7d}") Duration recheckAfter,
            @Value("${factcheck.archive.watch.per-host:30s}") Duration perHost) {
        this(fetcher, store, Clock.systemUTC(), enabled, every, recheckAfter, perHost);
    }

    LinkWatch(SafeFetcher fetcher, ArchiveStore store, Clock clock, boolean enabled, Duration every,
            Duration recheckAfter, Duration perHost) {
        this.fetcher = fetcher;
        this.store = store;
        this.clock = clock;
        this.enabled = enabled;
        this.every = every;
        this.recheckAfter = recheckAfter;
        this.perHost = perHost;
    }

    /** One round: the pages due, one per host that may be asked now; how many were checked. */
    synchronized int checkDue() {
        Instant now = clock.instant();
        nextVisit.values().removeIf(next -> !next.isAfter(now));
        List<CitedPage> due = store.dueForCheck(now.minus(recheckAfter), nextVisit.keySet(), BATCH);
        for (CitedPage page : due) {
            String host = host(page.url());
            if (host != null && perHost.isPositive()) {
                nextVisit.put(host, now.plus(perHost));
            }
            check(page);
        }
        return due.size();
    }

    private void check(CitedPage page) {
        Instant at = clock.instant();
        try {
            FetchedPage live = fetcher.fetch(page.url());
            if (live.status() >= 400) {
                store.recordCheck(page, at, live.status(), LinkCheck.Problem.GONE, "The page answered " + live.status() + ".");
                return;
            }
            String text = Copies.text(live);
            boolean quoteMissing = page.quote() != null && !page.quote().isBlank() && text != null
                    && !Copies.quoteIn(text, page.quote());
            store.recordCheck(page, at, live.status(), quoteMissing ? LinkCheck.Problem.QUOTE_MISSING : null,
                    quoteMissing ? "The page no longer contains the quote." : null);
        } catch (FetchRefused refused) {
            store.recordCheck(page, at, null, LinkCheck.Problem.UNREACHABLE, refused.getMessage());
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        rounds = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("link-watch").daemon().factory());
        rounds.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            checkDue();
        } catch (RuntimeException e) {
            log.warn("The link watch's round failed; it tries again in {}", every, e);
        }
    }

    @Override
    public void stop() {
        if (rounds != null) {
            rounds.shutdownNow();
            rounds = null;
        }
    }

    @Override
    public boolean isRunning() {
        return rounds != null;
    }
}
