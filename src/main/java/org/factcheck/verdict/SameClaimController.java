package org.factcheck.verdict;

import java.util.List;
import java.util.Map;
import org.factcheck.base.DeskProblems;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClusteredClaim;
import org.factcheck.matching.KnownClaimAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /desk/v1/claims/{id}/same-claim}: what the claim page shows under "Same claim elsewhere", for
 * scripts (a newsroom's bot asking whether a claim it logged was checked already).
 */
@RestController
class SameClaimController {

    private final SameClaim sameClaim;
    private final ClaimService claims;

    SameClaimController(SameClaim sameClaim, ClaimService claims) {
        this.sameClaim = sameClaim;
        this.claims = claims;
    }

    record Answer(long claim, List<ClusteredClaim> cluster, List<KnownClaimAnswer> suggestions) {
    }

    @GetMapping("/desk/v1/claims/{id:[1-9][0-9]{0,18}}/same-claim")
    ResponseEntity<?> sameClaim(@PathVariable long id) {
        if (claims.find(id).isEmpty()) {
            return DeskProblems.problem(HttpStatus.NOT_FOUND, null, "No claim has the id " + id + ".", Map.of());
        }
        SameClaim.Found found = sameClaim.of(id);
        return ResponseEntity.ok(new Answer(id, found.cluster(), found.suggestions().stream().map(KnownClaimAnswer::of).toList()));
    }
}
