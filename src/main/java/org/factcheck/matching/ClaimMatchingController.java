package org.factcheck.matching;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /desk/v1/claim-matching/progress}: how far the background embedding is, for scripts and admins. */
@RestController
class ClaimMatchingController {

    private final KnownClaims knownClaims;

    ClaimMatchingController(KnownClaims knownClaims) {
        this.knownClaims = knownClaims;
    }

    @GetMapping("/desk/v1/claim-matching/progress")
    EmbeddingProgress progress() {
        return knownClaims.progress();
    }
}
