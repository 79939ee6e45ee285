package org.factcheck.report;

import java.time.LocalDate;
import org.factcheck.claim.ClaimStatus;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The exports without the UI, for automation: the claims grid's filter as query parameters, for a
 * signed-in editor or admin (session or HTTP Basic; see the account feature's security chains).
 */
@RestController
@RequestMapping("/reports")
class ReportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final CsvReport csv;

    ReportController(CsvReport csv) {
        this.csv = csv;
    }

    /**
     * {@code rows=claim} (default) or {@code rows=appearance}; {@code bom=true} starts the file with a
     * byte order mark, so that Excel reads it as UTF-8.
     */
    @GetMapping("/fact-checks.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) ClaimStatus status,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) Long entity,
            @RequestParam(required = false) Long source,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "claim") String rows,
            @RequestParam(defaultValue = "false") boolean bom) {
        ReportScope scope = new ReportScope(status, rating, entity, source, from, to);
        CsvLayout layout = switch (rows.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "claim" -> CsvLayout.CLAIM;
            case "appearance" -> CsvLayout.APPEARANCE;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "rows must be 'claim' (one row per claim) or 'appearance' (one row per appearance), not '" + rows + "'");
        };
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fact-checks.csv\"")
                .body(out -> csv.write(scope, layout, bom, out));
    }
}
