package org.factcheck.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.factcheck.verdict.VerdictStep;
import org.factcheck.verdict.VerdictStepTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Takes copies of the pages a verdict's evidence cites, and of the claim's sources' pages, as the workflow moves, as the desk chooses
 * ({@code factcheck.archive.automatically}): {@code submit} (the default) when it is submitted for review,
 * so the editor sees the quote checked, and again at publication for any page still without a good copy;
 * {@code publish} only at publication; {@code never}. After a publication, the copies are pinned to the
 * version just published. On one background thread, after the step commits: a slow site never holds up
 * the workflow, and a refused fetch is only logged (the reviewer can archive or upload by hand).
 */
@Component
class ArchiveOnWorkflow implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ArchiveOnWorkflow.class);
    /** A copy this recent is good enough at publication: the one taken at submission, usually. */
    private static final Duration FRESH = Duration.ofDays(1);

    enum When { NEVER, SUBMIT, PUBLISH }

    private final Copies copies;
    private final ArchiveStore store;
    private final When when;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("archive-on-workflow").daemon().factory());

    ArchiveOnWorkflow(Copies copies, ArchiveStore store, @Value("${factcheck.archive.automatically:submit}") String when) {
        this.copies = copies;
        this.store = store;
        try {
            this.when = When.valueOf(when.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("factcheck.archive.automatically must be submit, publish or never, not " + when, e);
        }
    }

    @TransactionalEventListener
    void stepTaken(VerdictStepTaken step) {
        boolean publishing = step.step() == VerdictStep.PUBLISH || step.step() == VerdictStep.PUBLISH_CORRECTION;
        boolean submitting = step.step() == VerdictStep.SUBMIT;
        if (when == When.NEVER || !publishing && !(submitting && when == When.SUBMIT)) {
            return;
        }
        worker.execute(() -> copyCitedPages(step, publishing));
    }

    private void copyCitedPages(VerdictStepTaken step, boolean publishing) {
        String by = step.takenBy() + " (automatically, " + step.step().taken().toLowerCase(Locale.ROOT) + ")";
        Set<String> done = new HashSet<>();
        List<String> pages = new ArrayList<>(store.citedBy(step.verdictId()).stream().map(CitedPage::url).toList());
        pages.addAll(store.sourcePagesOf(step.claimId()));
        for (String url : pages) {
            if (!done.add(url) || publishing && hasFreshCopy(url)) {
                continue;
            }
            try {
                copies.take(url, null, by);
            } catch (RuntimeException e) {
                log.info("No automatic copy of {} for verdict {}: {}", url, step.verdictId(), e.getMessage());
            }
        }
        if (publishing) {
            store.pinToLatestPublication(step.verdictId());
        }
    }

    private boolean hasFreshCopy(String url) {
        return store.latest(url, null)
                .filter(copy -> copy.httpStatus() >= 200 && copy.httpStatus() < 300)
                .filter(copy -> copy.takenAt().isAfter(Instant.now().minus(FRESH)))
                .isPresent();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
