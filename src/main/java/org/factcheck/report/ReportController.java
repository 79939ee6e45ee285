package org.factcheck.report;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The exports without the UI, for automation: the claims grid's filter as query parameters
 * ({@code status}, {@code rating}, {@code entity}, {@code source}, {@code from}, {@code to}: see
 * {@link ReportScope}), for a
 * signed-in editor or admin (session or HTTP Basic; see the account feature's security chains).
 */
@RestController
@RequestMapping("/reports")
class ReportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    /** As the public feed's ClaimReview answers. */
    static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    private final CsvReport csv;
    private final ClaimReviewBundle claimReviews;
    private final PdfReport pdf;

    ReportController(CsvReport csv, ClaimReviewBundle claimReviews, PdfReport pdf) {
        this.csv = csv;
        this.claimReviews = claimReviews;
        this.pdf = pdf;
    }

    /**
     * {@code rows=claim} (default) or {@code rows=appearance}; {@code bom=true} starts the file with a
     * byte order mark, so that Excel reads it as UTF-8.
     */
    @GetMapping("/fact-checks.csv")
    ResponseEntity<StreamingResponseBody> csv(
            ReportScope scope,
            @RequestParam(defaultValue = "claim") String rows,
            @RequestParam(defaultValue = "false") boolean bom) {
        refuseNul(scope);
        CsvLayout layout = switch (rows.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "claim" -> CsvLayout.CLAIM;
            case "appearance" -> CsvLayout.APPEARANCE;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "rows must be 'claim' (one row per claim) or 'appearance' (one row per appearance), not '" + rows + "'");
        };
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fact-checks.csv\"")
                .body(out -> csv.write(scope, layout, bom, out, ExportProgress.untracked()));
    }

    /** The published fact-checks in the filter as a JSON-LD array of schema.org ClaimReview. */
    @GetMapping("/fact-checks.jsonld")
    ResponseEntity<StreamingResponseBody> claimReviews(
            ReportScope scope) {
        refuseNul(scope);
        return ResponseEntity.ok()
                .contentType(LD_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fact-checks.jsonld\"")
                .body(out -> claimReviews.write(scope, out, ExportProgress.untracked()));
    }

    /** The published fact-checks in the filter as a PDF verdict report. */
    @GetMapping("/fact-checks.pdf")
    ResponseEntity<StreamingResponseBody> pdf(ReportScope scope) {
        refuseNul(scope);
        pdf.refusal(scope).ifPresent(tooMany -> {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, tooMany);
        });
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fact-checks.pdf\"")
                .body(out -> pdf.write(scope, out, ExportProgress.untracked()));
    }

    /** PostgreSQL cannot compare text with a NUL character in it: tell the caller, rather than fail with a 500. */
    private static void refuseNul(ReportScope scope) {
        if (scope.text() != null && scope.text().indexOf('\0') >= 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "text must not contain a NUL character (%00)");
        }
    }
}
