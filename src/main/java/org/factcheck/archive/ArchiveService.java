package org.factcheck.archive;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.account.CurrentReviewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Archived copies of cited pages: taken by fetching the page or from a reviewer's upload, stored once by
 * SHA-256 with the text extracted, and the latest one of a URL with its quote checked; and what the link
 * watch found on the live pages.
 */
@Service
@PreAuthorize("hasRole('REVIEWER')")
public class ArchiveService {

    private final Copies copies;
    private final SafeFetcher fetcher;
    private final ArchiveStore store;
    private final long maxBytes;

    ArchiveService(Copies copies, SafeFetcher fetcher, ArchiveStore store,
            @Value("${factcheck.archive.max-bytes:10MB}") DataSize maxBytes) {
        this.copies = copies;
        this.fetcher = fetcher;
        this.store = store;
        this.maxBytes = maxBytes.toBytes();
    }

    /**
     * Fetches the page and keeps what came back, even a 404 (the capture records that it was gone).
     *
     * Not in a transaction: none is held open while a slow server answers.
     *
     * @throws FetchRefused if the address is not allowed, or the server too slow, too large or unreachable
     */
    public ArchivedCapture archive(String url, String quote) {
        return copies.take(url, quote, CurrentReviewer.username());
    }

    /** Keeps a copy the reviewer saved themselves (a saved page, a PDF, a screenshot) as the copy of the URL. */
    @Transactional
    public ArchivedCapture upload(String url, String contentType, byte[] content, String quote) {
        fetcher.checkedScheme(url);
        if (content.length == 0) {
            throw new FetchRefused("The uploaded file is empty.");
        }
        if (content.length > maxBytes) {
            throw new FetchRefused("The uploaded file is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB.");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        return copies.keep(url, new FetchedPage(url, 200, type, content), quote, CurrentReviewer.username(), true);
    }

    /** The largest upload taken, for the upload field's own limit. */
    public long largestUpload() {
        return maxBytes;
    }

    /** The latest copy taken of the URL, with whether the quote is in it. */
    @Transactional(readOnly = true)
    public Optional<ArchivedCapture> latest(String url, String quote) {
        return store.latest(url, quote);
    }

    /** The copies pinned to a published version of a verdict, by the evidence's position. */
    @Transactional(readOnly = true)
    public Map<Integer, ArchivedCapture> pinned(long publicationId) {
        return store.pinned(publicationId);
    }

    /** The addresses of the sources the claim appears in, for a copy of each. */
    @Transactional(readOnly = true)
    public List<String> sourcePagesOf(long claimId) {
        return store.sourcePagesOf(claimId);
    }

    /** What the link watch last found on each of these items of evidence's live pages, by evidence id. */
    @Transactional(readOnly = true)
    public Map<Long, LinkCheck> linkChecks(Collection<Long> evidenceIds) {
        return store.checksOf(evidenceIds);
    }

    /** The evidence whose live page is gone or no longer holds its quote, the newest flags first. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<FlaggedEvidence> flaggedEvidence() {
        return store.flagged(1_000);
    }
}
