package org.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.base.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Claim clusters through the real database. The seed states "2,500 US troops in Iraq" in three
 * documents, but as one claim with three appearances, so these tests make the repeated statements
 * separate claims, anchored at the seed's own sentences, as a reviewer would who had not seen the first.
 */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class ClaimClustersTest {

    static final String SEEDED = "About 2,500 US troops were stationed in Iraq in mid-2021.";
    static final String AGAIN_IN_DOC_002 =
            "Although the Pentagon says there are currently 2,500 US troops stationed in Iraq";

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_seeds_repeated_troop_figure_is_suggested_as_the_same_claim() {
        Claim again = ClusterFixtures.claimQuoting(claims, jdbc, "002_93a72a21d3ae996a.txt", AGAIN_IN_DOC_002);

        List<SameClaimSuggestion> suggestions = claims.sameClaimSuggestions(again.getId());

        long seeded = ClusterFixtures.claimId(jdbc, SEEDED);
        assertThat(suggestions).filteredOn(suggestion -> suggestion.claimId() == seeded).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.similarity()).isGreaterThanOrEqualTo(0.3);
            assertThat(suggestion.sharedNumbers()).isEqualTo(1);
            assertThat(suggestion.sources()).contains(claims.findWithDetails(seeded).orElseThrow()
                    .getAppearances().getFirst().getSource().getTitle());
        });
    }

    @Test
    void a_confirmed_pair_forms_one_cluster_seen_from_both_and_is_no_longer_suggested() {
        Claim first = claims.save(new Claim("Some 2,500 American soldiers remained in Iraq in July 2021 (cluster test A)."));
        Claim second = claims.save(new Claim("Some 2,500 American soldiers remained in Iraq in July 2021 (cluster test B)."));
        assertThat(claims.sameClaimSuggestions(first.getId())).extracting(SameClaimSuggestion::claimId).contains(second.getId());

        claims.confirmSameClaim(first.getId(), second.getId());

        assertThat(claims.sameClaimElsewhere(first.getId())).extracting(ClusteredClaim::claimId).containsExactly(second.getId());
        assertThat(claims.sameClaimElsewhere(second.getId())).extracting(ClusteredClaim::claimId).containsExactly(first.getId());
        assertThat(claims.sameClaimSuggestions(first.getId())).extracting(SameClaimSuggestion::claimId).doesNotContain(second.getId());
        assertThat(claims.sameClaimSuggestions(second.getId())).extracting(SameClaimSuggestion::claimId).doesNotContain(first.getId());
        assertThat(jdbc.sql("select count(*) from claim_aud where id = ? and cluster_id is not null").param(first.getId())
                .query(Long.class).single()).as("joining a cluster is in the claim's history").isPositive();
    }

    @Test
    void confirming_claims_of_two_clusters_merges_them_and_leaving_a_pair_dissolves_it() {
        List<Claim> four = List.of("W", "X", "Y", "Z").stream()
                .map(letter -> claims.save(new Claim("Biden and al-Kadhimi met in the Oval Office on 26 July 2021 (" + letter + ").")))
                .toList();
        claims.confirmSameClaim(four.get(0).getId(), four.get(1).getId());
        claims.confirmSameClaim(four.get(2).getId(), four.get(3).getId());

        claims.confirmSameClaim(four.get(1).getId(), four.get(2).getId());

        assertThat(claims.sameClaimElsewhere(four.get(0).getId())).extracting(ClusteredClaim::claimId)
                .containsExactly(four.get(1).getId(), four.get(2).getId(), four.get(3).getId());

        claims.removeFromCluster(four.get(0).getId());
        claims.removeFromCluster(four.get(1).getId());
        assertThat(claims.sameClaimElsewhere(four.get(0).getId())).isEmpty();
        assertThat(claims.sameClaimElsewhere(four.get(3).getId())).extracting(ClusteredClaim::claimId)
                .containsExactly(four.get(2).getId());

        claims.removeFromCluster(four.get(2).getId());
        assertThat(claims.find(four.get(3).getId()).orElseThrow().getClusterId()).as("a cluster of one is none").isNull();
    }

    @Test
    void a_rejected_suggestion_is_remembered_and_never_suggested_again_from_either_side() {
        Claim one = claims.save(new Claim("The Pentagon kept 2,500 troops at Ain al-Asad in 2021 (rejection test 1)."));
        Claim other = claims.save(new Claim("The Pentagon kept 2,500 troops at Ain al-Asad in 2021 (rejection test 2)."));
        assertThat(claims.sameClaimSuggestions(one.getId())).extracting(SameClaimSuggestion::claimId).contains(other.getId());

        claims.rejectSameClaim(other.getId(), one.getId());
        claims.rejectSameClaim(one.getId(), other.getId());

        assertThat(claims.sameClaimSuggestions(one.getId())).extracting(SameClaimSuggestion::claimId).doesNotContain(other.getId());
        assertThat(claims.sameClaimSuggestions(other.getId())).extracting(SameClaimSuggestion::claimId).doesNotContain(one.getId());
        assertThat(jdbc.sql("select rejected_by from claim_pair_rejected where claim_id = ? and other_claim_id = ?")
                .params(Math.min(one.getId(), other.getId()), Math.max(one.getId(), other.getId()))
                .query(String.class).list()).containsExactly("rana");
        assertThat(claims.find(one.getId()).orElseThrow().getClusterId()).isNull();
    }

    @Test
    void a_claim_is_not_confirmed_as_the_same_as_itself() {
        long id = ClusterFixtures.claimId(jdbc, SEEDED);

        assertThatThrownBy(() -> claims.confirmSameClaim(id, id)).isInstanceOf(Refusal.class);
    }
}
