package org.factcheck.matching;

import java.util.List;
import java.util.Map;
import org.factcheck.base.DeskProblems;
import org.factcheck.base.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk's "has this been checked already?" for scripts: {@code GET /desk/v1/known-claims?sentence=…}
 * answers as the Check a claim box does (our claims, whatever their verdict, and other desks' fact-checks),
 * and {@code GET /desk/v1/claim-matching/progress} says how far the background embedding is.
 */
@RestController
class ClaimMatchingController {

    private final KnownClaims knownClaims;

    ClaimMatchingController(KnownClaims knownClaims) {
        this.knownClaims = knownClaims;
    }

    record CheckedBefore(String sentence, List<KnownClaimAnswer> knownClaims) {
    }

    @GetMapping("/desk/v1/known-claims")
    ResponseEntity<?> checkedBefore(@RequestParam(required = false) String sentence) {
        try {
            List<KnownClaimAnswer> known = knownClaims.checkedBefore(sentence).stream().map(KnownClaimAnswer::of).toList();
            return ResponseEntity.ok(new CheckedBefore(sentence.strip(), known));
        } catch (Refusal wrong) {
            return DeskProblems.problem(HttpStatus.BAD_REQUEST, "Bad parameter: sentence", wrong.getMessage(),
                    Map.of("parameter", "sentence"));
        }
    }

    @GetMapping("/desk/v1/claim-matching/progress")
    EmbeddingProgress progress() {
        return knownClaims.progress();
    }
}
