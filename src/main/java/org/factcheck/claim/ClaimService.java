package org.factcheck.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims, their appearances and the links between them. Reviewers may read and edit them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimLinkRepository links;

    ClaimService(ClaimRepository claims, ClaimLinkRepository links) {
        this.claims = claims;
        this.links = links;
    }

    public List<ClaimSummary> list(Pageable page) {
        return claims.findSummaries(page).getContent();
    }

    public Optional<Claim> find(long id) {
        return claims.findById(id);
    }

    public long count() {
        return claims.count();
    }

    @Transactional
    public Claim save(Claim claim) {
        return claims.save(claim);
    }

    /** Records that two claims contradict each other, e.g. two dates for one event. */
    @Transactional
    public ClaimLink linkContradiction(Claim claim, Claim otherClaim, String note) {
        return links.save(new ClaimLink(claim, otherClaim, ClaimLink.Kind.CONTRADICTS, note));
    }

    public List<ClaimLink> linksOf(Claim claim) {
        return links.findInvolving(claim);
    }
}
