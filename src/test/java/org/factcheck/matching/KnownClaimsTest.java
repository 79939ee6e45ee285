package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.matching.Eventually.waitUntil;

import java.util.List;
import java.util.UUID;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * "Checked before?" for the desk: claims however they arrive (here by plain SQL) are found by their words
 * at once and by their meaning once the background has embedded them; an edited text is embedded again;
 * figures that differ make a pair "similar wording", not the same claim.
 */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class KnownClaimsTest {

    @Autowired
    KnownClaims knownClaims;

    @Autowired
    JdbcClient jdbc;

    private long claimBySql(String text) {
        return ClaimsBySql.insert(jdbc, text);
    }

    private boolean embedded(long... claimIds) {
        return ClaimsBySql.embedded(jdbc, claimIds);
    }


    private List<Long> claimsMatching(String sentence) {
        return knownClaims.checkedBefore(sentence).stream().filter(match -> match.known().kind() == Known.Kind.CLAIM)
                .map(match -> match.known().id()).toList();
    }

    @Test
    void a_claim_written_by_plain_sql_is_found_by_its_words_then_by_its_meaning_once_embedded() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
        long claim = claimBySql("The " + marker + " dam on the Tigris holds back eleven billion cubic metres of water");

        waitUntil("found by its words", () -> claimsMatching(marker + " dam").contains(claim));
        waitUntil("embedded in the background", () -> embedded(claim));

        assertThat(claimsMatching("How much water is stored behind the reservoir on the river?")).contains(claim);
    }

    @Test
    void an_edited_text_loses_its_embedding_and_is_embedded_again() {
        long claim = claimBySql("Militias fired rockets at the airport " + UUID.randomUUID());
        waitUntil("embedded in the background", () -> embedded(claim));

        jdbc.sql("update claim set text = 'Militias fired drones at the embassy ' || id where id = :id").param("id", claim).update();

        assertThat(embedded(claim)).as("forgotten with the old text").isFalse();
        waitUntil("embedded again", () -> embedded(claim));
    }

    @Test
    void the_same_sentence_with_other_figures_is_similar_wording_and_ranked_below_the_same_claim() {
        String marker = "zr" + UUID.randomUUID().toString().substring(0, 6);
        long billions = claimBySql("The " + marker + " reconstruction fund received 350 billion dollars");
        long millions = claimBySql("The " + marker + " reconstruction fund received 350 million dollars");
        waitUntil("embedded in the background", () -> embedded(billions) && embedded(millions));

        List<KnownClaim> known = knownClaims.checkedBefore("The " + marker + " reconstruction fund got 350 million dollars");

        KnownClaim same = known.stream().filter(match -> match.known().id() == millions).findFirst().orElseThrow();
        KnownClaim other = known.stream().filter(match -> match.known().id() == billions).findFirst().orElseThrow();
        assertThat(same.agreement()).isEqualTo(Agreement.SAME_DETAILS);
        assertThat(other.agreement()).isEqualTo(Agreement.DIFFERENT_NUMBERS);
        assertThat(other.summary()).startsWith("similar wording, different numbers: ");
        assertThat(known.indexOf(same)).isLessThan(known.indexOf(other));
        assertThat(same.summary()).contains("Checked before: ", "no verdict yet", "by ");
    }

    @Test
    void the_claim_page_suggests_close_matches_and_similar_wording_but_not_a_weak_match() {
        String marker = "zs" + UUID.randomUUID().toString().substring(0, 6);
        long claim = claimBySql("The " + marker + " refinery in Baiji produced 170,000 barrels of oil a day in 2013");
        long reworded = claimBySql("In 2013 the " + marker + " refinery at Baiji was producing 170,000 barrels of oil daily");
        long otherFigure = claimBySql("The " + marker + " refinery in Baiji produced 310,000 barrels of oil a day in 2013");
        long weak = claimBySql("The " + marker + " committee met on Tuesday to discuss the school calendar");
        waitUntil("embedded in the background",
                () -> embedded(claim) && embedded(reworded) && embedded(otherFigure) && embedded(weak));

        List<KnownClaim> suggested = knownClaims.sameClaimAs(claim, List.of());

        assertThat(suggested).extracting(match -> match.known().id()).contains(reworded, otherFigure).doesNotContain(weak, claim);
        assertThat(suggested).filteredOn(match -> match.known().id() == otherFigure).singleElement()
                .extracting(KnownClaim::agreement).isEqualTo(Agreement.DIFFERENT_NUMBERS);
        assertThat(suggested).hasSizeLessThanOrEqualTo(KnownClaims.SUGGESTED);
    }

    @Test
    void an_empty_or_overlong_sentence_is_refused_with_a_message_for_the_field() {
        assertThatThrownBy(() -> knownClaims.checkedBefore("  ")).hasMessage("Enter the sentence to check.");
        assertThatThrownBy(() -> knownClaims.checkedBefore("x".repeat(10_000)))
                .hasMessageContaining("at most 1000 characters, not 10000");
    }

    @Test
    void progress_counts_what_is_embedded_and_what_waits() {
        EmbeddingProgress progress = knownClaims.progress();

        assertThat(progress.known()).isPositive();
        assertThat(progress.embedded()).isBetween(0L, progress.known());
        assertThat(progress.waiting()).isEqualTo(progress.known() - progress.embedded());
    }
}
