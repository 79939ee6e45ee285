package org.factcheck.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Taking a copy, for whoever takes it (a reviewer, or the desk automatically): fetch, hash, extract the
 * text, store. Without a role check of its own: {@link ArchiveService} checks the reviewer's, the
 * background work runs as the desk.
 */
@Component
class Copies {

    private final SafeFetcher fetcher;
    private final ArchiveStore store;

    Copies(SafeFetcher fetcher, ArchiveStore store) {
        this.fetcher = fetcher;
        this.store = store;
    }

    /** Fetches the page and keeps what came back, even a 404 (the capture records that it was gone). */
    ArchivedCapture take(String url, String quote, String by) {
        return keep(url, fetcher.fetch(url), quote, by, false);
    }

    ArchivedCapture keep(String url, FetchedPage page, String quote, String by, boolean uploaded) {
        store.save(url, page, sha256(page.body()), text(page), by, uploaded);
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
        String type = page.contentType().toLowerCase(Locale.ROOT);
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

    /** Whether the quote is in the text, as the stored copies are checked: ignoring case. */
    static boolean quoteIn(String text, String quote) {
        return text.toLowerCase(Locale.ROOT).contains(quote.toLowerCase(Locale.ROOT));
    }
}
