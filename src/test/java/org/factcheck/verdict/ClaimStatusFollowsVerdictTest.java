package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A claim's status is its verdict's, whichever way the verdict moves (V140), through the real workflow. */
@AppTest
class ClaimStatusFollowsVerdictTest {

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Desk desk;

    @Test
    void a_claim_is_draft_then_in_review_then_published_then_retracted_with_its_verdict() {
        Verdict draft = desk.draft("alice", true);
        long claimId = draft.getClaim().getId();
        assertThat(status(claimId)).isEqualTo(ClaimStatus.DRAFT_VERDICT);
        assertThat(ratingPosition(claimId)).isEqualTo(position("False"));

        Verdict inReview = as("alice", Role.REVIEWER, () -> desk.reload(verdicts.submitForReview(draft, "Please check.")));
        assertThat(status(claimId)).isEqualTo(ClaimStatus.IN_REVIEW);

        Verdict published = as("bob", Role.EDITOR, () -> desk.reload(verdicts.publish(inReview, "Checked.")));
        assertThat(status(claimId)).isEqualTo(ClaimStatus.PUBLISHED);

        as("bob", Role.EDITOR, () -> verdicts.retract(published, "The figures were withdrawn by their publisher."));
        assertThat(status(claimId)).isEqualTo(ClaimStatus.RETRACTED);
    }

    @Test
    void a_correction_to_another_rating_moves_the_claims_rating_position() {
        Verdict published = desk.published("alice", "bob");
        long claimId = published.getClaim().getId();

        as("bob", Role.EDITOR, () -> verdicts.correct(published, verdicts.rating("Mostly false").orElseThrow(),
                published.getRationale() + " Corrected.", "The rating was one step too harsh."));
        // Four eyes: a second editor publishes the correction (F-05).
        as("dave", Role.EDITOR, () -> verdicts.publishCorrection(desk.reload(published)));

        assertThat(ratingPosition(claimId)).isEqualTo(position("Mostly false"));
        assertThat(status(claimId)).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void a_published_claim_is_counted_as_published_not_as_unreviewed() {
        long unreviewedBefore = as("carol", Role.REVIEWER, () -> claims.count(ClaimFilter.withStatus(ClaimStatus.UNREVIEWED)).claims());
        long publishedBefore = as("carol", Role.REVIEWER, () -> claims.count(ClaimFilter.withStatus(ClaimStatus.PUBLISHED)).claims());

        desk.published("alice", "bob");

        assertThat(as("carol", Role.REVIEWER, () -> claims.count(ClaimFilter.withStatus(ClaimStatus.PUBLISHED)).claims()))
                .isEqualTo(publishedBefore + 1);
        // The new claim started Unreviewed and left that count when its verdict was drafted.
        assertThat(as("carol", Role.REVIEWER, () -> claims.count(ClaimFilter.withStatus(ClaimStatus.UNREVIEWED)).claims()))
                .isEqualTo(unreviewedBefore);
    }

    @Test
    void a_claim_form_opened_before_the_verdict_cannot_write_the_old_status_back() {
        Claim claim = desk.newClaim("alice");
        Claim openInAForm = as("alice", Role.REVIEWER, () -> claims.find(claim.getId()).orElseThrow());

        as("bob", Role.REVIEWER, () -> verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(),
                "Drafted by a colleague meanwhile."));
        openInAForm.setNote("Saved after the colleague drafted the verdict.");
        as("alice", Role.REVIEWER, () -> claims.save(openInAForm));

        assertThat(status(claim.getId())).isEqualTo(ClaimStatus.DRAFT_VERDICT);
        assertThat(as("alice", Role.REVIEWER, () -> claims.find(claim.getId()).orElseThrow().getNote()))
                .isEqualTo("Saved after the colleague drafted the verdict.");
    }

    @Test
    void a_claim_without_a_verdict_cannot_be_given_a_verdicts_status() {
        Claim claim = desk.newClaim("alice");
        claim.setStatus(ClaimStatus.PUBLISHED);

        assertThatThrownBy(() -> as("alice", Role.REVIEWER, () -> claims.save(claim)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("has no verdict");
        assertThat(status(claim.getId())).isEqualTo(ClaimStatus.UNREVIEWED);
    }

    @Test
    void removing_a_verdict_returns_its_claim_to_the_desk_as_in_progress() {
        Verdict draft = desk.draft("alice", false);

        jdbc.sql("delete from verdict where id = ?").param(draft.getId()).update();

        assertThat(status(draft.getClaim().getId())).isEqualTo(ClaimStatus.IN_PROGRESS);
        assertThat(ratingPosition(draft.getClaim().getId())).isNull();
    }

    private ClaimStatus status(long claimId) {
        return ClaimStatus.valueOf(jdbc.sql("select status from claim where id = ?").param(claimId).query(String.class).single());
    }

    private Integer ratingPosition(long claimId) {
        return jdbc.sql("select rating_position from claim where id = ?").param(claimId)
                .query((row, n) -> (Integer) row.getObject(1)).list().getFirst();
    }

    private int position(String rating) {
        return as("carol", Role.REVIEWER, () -> verdicts.rating(rating).orElseThrow().getPosition());
    }
}
