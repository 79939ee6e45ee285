package org.factcheck.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factcheck.account.CurrentReviewer;
import org.jsoup.Jsoup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archived copies of cited pages: taken by fetching the page or from a reviewer's upload, stored once by
 * SHA-256 with the text extracted, and the latest one of a URL with its quote checked.
 */
@Service
@PreAuthorize("hasRole('REVIEWER')")
public class ArchiveService {

    private final SafeFetcher fetcher;
    private final ArchiveStore store;

    ArchiveService(SafeFetcher fetcher, ArchiveStore store) {
        this.fetcher = fetcher;
        this.store = store;
    }

    /**
     * Fetches the page and keeps what came back, even a 404 (the capture records that it was gone).
     *
     * @throws FetchRefused if the address is not allowed, or the server too slow, too large or unreachable
     */
    @Transactional
    public ArchivedCapture archive(String url, String quote) {
        FetchedPage page = fetcher.fetch(url);
        return keep(url, page, quote, false);
    }

    /** Keeps a copy the reviewer saved themselves (a saved page, a PDF, a screenshot) as the copy of the URL. */
    @Transactional
    public ArchivedCapture upload(String url, String contentType, byte[] content, String quote) {
        fetcher.checkedScheme(url);
        return keep(url, new FetchedPage(url, 200, contentType, content), quote, true);
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

    private ArchivedCapture keep(String url, FetchedPage page, String quote, boolean uploaded) {
        String sha256 = sha256(page.body());
        store.save(url, page, sha256, text(page), CurrentReviewer.username(), uploaded);
        return store.latest(url, quote).orElseThrow();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The readable text of an HTML page or a PDF; null for anything else (a screenshot has no text to check). */
    static String text(FetchedPage page) {
        String type = page.contentType().toLowerCase();
        if (type.contains("html")) {
            return Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl()).text();
        }
        if (type.contains("pdf")) {
            try (var pdf = Loader.loadPDF(page.body())) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            } catch (IOException e) {
                return null;
            }
        }
        if (type.startsWith("text/")) {
            return new String(page.body(), StandardCharsets.UTF_8);
        }
        return null;
    }
}
