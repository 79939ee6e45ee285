package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claim's history records the status that was committed, not the one a stale form held: the guard
 * of V140 corrects the row, and the revision Envers writes for the same save must agree with it.
 */
@AppTest
class ClaimHistoryStatusTest {

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Desk desk;

    @Test
    void a_form_opened_before_the_verdict_was_drafted_leaves_the_drafts_status_in_the_history() {
        Claim claim = desk.newClaim("alice");
        Claim openInAForm = as("alice", Role.REVIEWER, () -> claims.find(claim.getId()).orElseThrow());

        as("bob", Role.REVIEWER, () -> verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(),
                "Drafted by a colleague meanwhile."));
        openInAForm.setNote("Saved after the colleague drafted the verdict.");
        as("alice", Role.REVIEWER, () -> claims.save(openInAForm));

        assertThat(statusInTheLatestRevision(claim.getId())).isEqualTo("DRAFT_VERDICT").isEqualTo(status(claim.getId()));
    }

    @Test
    void a_form_opened_while_in_review_leaves_published_in_the_history_once_the_verdict_is_published() {
        Verdict inReview = desk.inReview("alice");
        long claimId = inReview.getClaim().getId();
        Claim openInAForm = as("alice", Role.REVIEWER, () -> claims.find(claimId).orElseThrow());

        as("bob", Role.EDITOR, () -> verdicts.publish(inReview, "Checked."));
        openInAForm.setNote("Saved after the editor published.");
        as("alice", Role.REVIEWER, () -> claims.save(openInAForm));

        assertThat(statusInTheLatestRevision(claimId)).isEqualTo("PUBLISHED").isEqualTo(status(claimId));
    }

    private String statusInTheLatestRevision(long claimId) {
        return jdbc.sql("select status from claim_aud where id = ? order by rev desc limit 1").param(claimId)
                .query(String.class).single();
    }

    private String status(long claimId) {
        return jdbc.sql("select status from claim where id = ?").param(claimId).query(String.class).single();
    }
}
