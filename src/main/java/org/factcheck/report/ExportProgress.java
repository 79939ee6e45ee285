package org.factcheck.report;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an export has got, read by the person waiting for it, and their wish to stop it. The
 * export checks that wish after every claim (and every PDF page), and stops by throwing
 * {@link CancellationException}, which rolls back its read-only transaction and closes its cursor.
 * The one stretch it cannot stop is openhtmltopdf laying out a PDF, between the last claim read and
 * the first page drawn.
 */
public final class ExportProgress {

    private final AtomicInteger claimsDone = new AtomicInteger();
    private final AtomicInteger pagesDone = new AtomicInteger();
    private volatile int claimsTotal = -1;
    private volatile boolean cancelled;

    /** For exports nobody watches, such as the HTTP endpoints: the client stops one by hanging up. */
    static ExportProgress untracked() {
        return new ExportProgress();
    }

    /** Claims done so far. */
    public int claimsDone() {
        return claimsDone.get();
    }

    /** Claims the export covers; -1 until counted. */
    public int claimsTotal() {
        return claimsTotal;
    }

    /** PDF pages drawn so far; 0 until the claims are all read and laid out. */
    public int pagesDone() {
        return pagesDone.get();
    }

    /** Asks the export to stop at the next claim or page. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void expect(int claims) {
        claimsTotal = claims;
    }

    void claimsDone(int claims) {
        stopIfCancelled();
        claimsDone.addAndGet(claims);
    }

    void pageDone() {
        stopIfCancelled();
        pagesDone.incrementAndGet();
    }

    void stopIfCancelled() {
        if (cancelled) {
            throw new CancellationException("The export was cancelled.");
        }
    }
}
