package org.factcheck.archive;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public archived copy of a published fact-check's evidence, at /archive/{id}: an HTML copy under a
 * banner saying what it is and when it was taken, with a CSP that runs no script and sandboxes the page;
 * anything else as a download. A copy not pinned to a published verdict is not found.
 */
@RestController
class ArchivedCopyController {

    static final String POLICY = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ArchiveStore store;

    ArchivedCopyController(ArchiveStore store) {
        this.store = store;
    }

    @GetMapping("/archive/{id:[1-9][0-9]{0,18}}")
    ResponseEntity<byte[]> copy(@PathVariable long id) {
        return store.publicCopy(id).map(ArchivedCopyController::served).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> served(PublicCopy copy) {
        var response = ResponseEntity.ok()
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .header("Digest", "sha-256=" + copy.sha256());
        if (!copy.contentType().toLowerCase().contains("html")) {
            return response.contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"archived-copy-" + copy.sha256().substring(0, 12) + "\"")
                    .body(copy.content());
        }
        String banner = "<div style=\"all:initial;display:block;font:14px sans-serif;background:#fff3cd;color:#000;padding:8px;border-bottom:2px solid #b58900\">"
                + "Archived copy of " + HtmlUtils.htmlEscape(copy.url())
                + (copy.finalUrl().equals(copy.url()) ? "" : " (reached at " + HtmlUtils.htmlEscape(copy.finalUrl()) + ")")
                + ", taken " + TAKEN.format(copy.takenAt()) + " by the fact-check desk. SHA-256 " + copy.sha256()
                + ". Scripts, forms and outside resources are switched off.</div>";
        byte[] page = (banner + new String(copy.content(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return response.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }
}
