package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import org.factcheck.AppTest;
import org.factcheck.Http;
import org.factcheck.account.Role;
import org.factcheck.base.Refusal;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.EntityFixtures;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.NamedEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * F-06: a reviewer edited the claim text of a published fact-check; the public text changed at once and
 * Last-Modified did not move. What readers see changes only through the correction workflow, and
 * Last-Modified follows what a fact-check shows.
 */
@AppTest
class PublishedClaimTest {

    @Autowired
    VerdictService verdicts;

    @Autowired
    ClaimService claims;

    @Autowired
    EntityService entities;

    @Autowired
    Desk desk;

    @LocalServerPort
    int port;

    @Test
    void the_text_of_a_published_fact_check_is_not_edited_and_the_reviewer_is_pointed_to_a_correction() {
        Verdict published = desk.published("pc.author", "pc.editor");
        long claimId = published.getClaim().getId();
        String before = new Http(port).get("/api/v1/fact-checks/" + claimId).body();

        assertThatThrownBy(() -> as("pc.reviewer", Role.REVIEWER, () -> {
            Claim claim = claims.findWithDetails(claimId).orElseThrow();
            claim.setText("Rewritten after publication");
            return claims.save(claim);
        })).isInstanceOf(Refusal.class).hasMessageContaining("Publish a correction");
        assertThatThrownBy(() -> as("pc.reviewer", Role.REVIEWER, () -> {
            Claim claim = claims.findWithDetails(claimId).orElseThrow();
            claims.removeAppearance(claimId, claim.getAppearances().iterator().next().getId());
            return null;
        })).isInstanceOf(Refusal.class);

        assertThat(new Http(port).get("/api/v1/fact-checks/" + claimId).body()).isEqualTo(before)
                .doesNotContain("Rewritten after publication");
        Claim kept = as("pc.reviewer", Role.REVIEWER, () -> {
            Claim claim = claims.findWithDetails(claimId).orElseThrow();
            claim.setNote("Internal: check the ministry's figure again.");
            return claims.save(claim);
        });
        assertThat(kept.getNote()).as("what readers do not see stays editable").startsWith("Internal");
    }

    @Test
    void renaming_a_published_fact_checks_claimant_moves_its_last_modified() throws InterruptedException {
        NamedEntity claimant = as("pc.reviewer", Role.REVIEWER,
                () -> EntityFixtures.person(entities, EntityFixtures.unique("Claimant of a published claim")));
        Claim claim = desk.newClaim("pc.author");
        as("pc.author", Role.REVIEWER, () -> {
            Claim withClaimant = claims.findWithDetails(claim.getId()).orElseThrow();
            withClaimant.setClaimant(claimant);
            return claims.save(withClaimant);
        });
        Verdict draft = as("pc.author", Role.REVIEWER, () -> verdicts.startDraft(
                claims.findWithDetails(claim.getId()).orElseThrow(), verdicts.rating("False").orElseThrow(), "Not so."));
        as("pc.author", Role.REVIEWER, () -> {
            Verdict headed = desk.reload(draft);
            headed.setHeadline("The claimant's record says otherwise");
            return verdicts.save(headed);
        });
        as("pc.author", Role.REVIEWER, () -> verdicts.saveEvidence(draft, Evidence.fromWeb(Stance.REFUTES,
                "https://example.org/claimant", "The record", "Example Gazette", null, null, null)));
        as("pc.author", Role.REVIEWER, () -> verdicts.submitForReview(desk.reload(draft), null));
        as("pc.editor", Role.EDITOR, () -> verdicts.publish(desk.reload(draft), null));
        String before = new Http(port).get("/api/v1/fact-checks/" + claim.getId()).header("Last-Modified");

        Thread.sleep(1100); // Last-Modified counts whole seconds
        as("pc.reviewer", Role.REVIEWER, () -> {
            NamedEntity renamed = entities.find(claimant.getId()).orElseThrow();
            renamed.setName(EntityFixtures.unique("Renamed claimant"));
            return entities.save(renamed);
        });

        Http.Answer after = new Http(port).get("/api/v1/fact-checks/" + claim.getId());
        assertThat(after.body()).contains("Renamed claimant");
        assertThat(after.header("Last-Modified")).isNotEqualTo(before);
    }
}
