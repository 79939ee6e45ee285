package org.factcheck.matching;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /desk/v1/claim-reviews}: other desks' ClaimReview JSON-LD, for automation with HTTP Basic
 * (the /desk chain signs in; {@link ExternalFactChecks} wants an editor). Answers with the counts of
 * added, updated and refused items and the reason for each refusal; a body that is too large, or not
 * JSON-LD, is a problem and nothing of it is stored.
 */
@RestController
class ClaimReviewImportController {

    static final String PATH = "/desk/v1/claim-reviews";
    /** How much of a too large body is read and dropped before answering; a larger one is cut off. */
    private static final long DRAINED = 256L * 1024 * 1024;

    private final ExternalFactChecks factChecks;

    ClaimReviewImportController(ExternalFactChecks factChecks) {
        this.factChecks = factChecks;
    }

    @PostMapping(path = PATH, consumes = {"application/ld+json", "application/json"})
    ResponseEntity<ClaimReviewImport> importClaimReviews(HttpServletRequest request) throws IOException {
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
                throw tooLarge(largest);
            }
        }
        try {
            return ResponseEntity.ok(factChecks.importClaimReviews(body));
        } catch (IllegalArgumentException notJsonLd) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, notJsonLd.getMessage());
            problem.setTitle("Not ClaimReview JSON-LD");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, notJsonLd);
        }
    }

    private static ErrorResponseException tooLarge(long largest) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The body is larger than " + largest / (1024 * 1024) + " MB (factcheck.matching.claim-reviews-max-bytes); "
                        + "send the fact-checks in several requests.");
        problem.setTitle("Too large");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
