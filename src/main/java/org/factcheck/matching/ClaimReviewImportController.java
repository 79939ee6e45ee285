package org.factcheck.matching;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.factcheck.base.DeskProblems;
import org.factcheck.base.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /desk/v1/claim-reviews}: other desks' ClaimReview JSON-LD, for automation with HTTP Basic
 * (the /desk chain signs in; {@link ExternalFactChecks} wants an editor). Answers with the counts of
 * added, updated and refused items and the reason for each refusal; a body that is too large, or not
 * JSON-LD, is an RFC 9457 problem and nothing of it is stored.
 */
@RestController
class ClaimReviewImportController {

    static final String PATH = "/desk/v1/claim-reviews";
    /** How much of a too large body is read and dropped before answering; a larger one is cut off. */
    private static final long DRAINED = 256L * 1024 * 1024;
    private static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    private final ExternalFactChecks factChecks;

    ClaimReviewImportController(ExternalFactChecks factChecks) {
        this.factChecks = factChecks;
    }

    /** A mapping's own content-type check would answer before any handler, so not as a problem: checked here. */
    @PostMapping(PATH)
    ResponseEntity<?> importClaimReviews(HttpServletRequest request) throws IOException {
        if (!jsonLd(request.getContentType())) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not JSON-LD",
                    "Send the ClaimReview as application/ld+json (or application/json), not " + request.getContentType() + ".");
        }
        long largest = factChecks.largestImport();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, largest + 1));
            if (body.length > largest) {
                // read on a while, so that the client gets the answer rather than a connection reset mid-upload
                byte[] dropped = new byte[64 * 1024];
                for (long read = 0; read < DRAINED; ) {
                    int more = in.read(dropped);
                    if (more < 0) {
                        break;
                    }
                    read += more;
                }
                return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", "The body is larger than "
                        + largest / (1024 * 1024) + " MB (factcheck.matching.claim-reviews-max-bytes); "
                        + "send the fact-checks in several requests.");
            }
        }
        try {
            return ResponseEntity.ok(factChecks.importClaimReviews(body));
        } catch (Refusal notJsonLd) {
            return problem(HttpStatus.BAD_REQUEST, "Not ClaimReview JSON-LD", notJsonLd.getMessage());
        }
    }

    private static boolean jsonLd(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(LD_JSON) || type.isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (RuntimeException missingOrMalformed) {
            return false;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return DeskProblems.problem(status, title, detail, Map.of());
    }
}
