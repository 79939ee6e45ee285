package org.factcheck.verdict.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.claim.Appearance;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ui.ClaimPageSection;
import org.factcheck.comment.Comment;
import org.factcheck.history.HistoryScope;
import org.factcheck.history.HistoryService;
import org.factcheck.history.ui.RecordHistory;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;

/**
 * Adds the claim's whole history to its page: the claim, its appearances, its verdict and the
 * verdict's evidence, deleted items included. It lives with the verdicts because this is the one
 * feature that knows all four; history itself knows no feature.
 */
@org.springframework.stereotype.Component
class ClaimHistorySection implements ClaimPageSection {

    private final HistoryService history;
    private final VerdictService verdicts;

    ClaimHistorySection(HistoryService history, VerdictService verdicts) {
        this.history = history;
        this.verdicts = verdicts;
    }

    @Override
    public Place place() {
        return Place.HISTORY;
    }

    @Override
    public Component create(Claim claim) {
        return new RecordHistory(history, () -> scopes(claim.getId()));
    }

    /** Asked again on every refresh: a verdict started on this page brings its evidence along. */
    private List<HistoryScope> scopes(long claimId) {
        List<HistoryScope> scopes = new ArrayList<>(List.of(
                HistoryScope.record(Claim.class, claimId),
                HistoryScope.ownedBy(Appearance.class, "claim", claimId),
                HistoryScope.ownedBy(Verdict.class, "claim", claimId),
                HistoryScope.ownedById(Comment.class, "claimId", claimId)));
        verdicts.verdictOnClaim(claimId)
                .ifPresent(verdict -> scopes.add(HistoryScope.ownedBy(Evidence.class, "verdict", verdict.getId())));
        return scopes;
    }
}
