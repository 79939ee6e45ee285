package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import java.net.URI;
import org.factcheck.AppTest;
import org.factcheck.Http;
import org.factcheck.account.Role;
import org.factcheck.base.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's notes: "a correction keeps the old headline". A correction may change the headline too, and
 * once a second editor publishes it the public data says the corrected one: ClaimReview's
 * claimReviewed, the page's title and the corrections log.
 */
@AppTest
class CorrectedHeadlineTest {

    private static final String OLD = "The record says otherwise";

    @Autowired
    VerdictService verdicts;

    @Autowired
    Desk desk;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void a_published_correction_changes_the_headline_readers_and_search_engines_see() {
        Verdict published = desk.published("ch.author", "ch.editor");
        long claimId = published.getClaim().getId();
        String corrected = "One unit stayed behind " + claimId;
        Rating mostlyFalse = as("ch.editor", Role.EDITOR, () -> verdicts.rating("Mostly false").orElseThrow());

        as("ch.editor", Role.EDITOR, () -> verdicts.correct(published, mostlyFalse, corrected, "One unit did stay.",
                "We first rated this False and said no unit stayed."));
        assertThat(new Http(port).get("/api/v1/fact-checks/" + claimId + "/claim-review").body())
                .as("until a second editor publishes it, readers see the version before").contains(OLD)
                .doesNotContain(corrected);
        as("ch.second.editor", Role.EDITOR, () -> verdicts.publishCorrection(desk.reload(published)));

        assertThat(as("ch.editor", Role.REVIEWER, () -> desk.reload(published)).getHeadline()).isEqualTo(corrected);
        assertThat(new Http(port).get("/api/v1/fact-checks/" + claimId + "/claim-review").body())
                .containsPattern("\"claimReviewed\"\\s*:\\s*\"" + corrected + "\"").doesNotContain(OLD);
        assertThat(page(claimId)).contains("<title>" + corrected + " · ");
        assertThat(jdbc.sql("select headline from public_record where claim_id = ? order by sequence")
                .param(claimId).query(String.class).list()).containsExactly(OLD, corrected);
    }

    @Test
    void a_correction_that_leaves_the_headline_blank_keeps_it_and_a_long_one_is_refused() {
        Verdict published = desk.published("ch.author", "ch.editor");
        Rating half = as("ch.editor", Role.EDITOR, () -> verdicts.rating("Half true").orElseThrow());

        assertThatThrownBy(() -> as("ch.editor", Role.EDITOR, () -> verdicts.correct(published, half, "x".repeat(76),
                "Half of it holds.", "Corrected.")))
                .isInstanceOf(Refusal.class).hasMessage("Keep the corrected headline to 75 characters.");
        as("ch.editor", Role.EDITOR, () -> verdicts.correct(published, half, "  ", "Half of it holds.", "Corrected."));
        as("ch.second.editor", Role.EDITOR, () -> verdicts.publishCorrection(desk.reload(published)));

        assertThat(as("ch.editor", Role.REVIEWER, () -> desk.reload(published)).getHeadline()).isEqualTo(OLD);
    }

    /** The fact-check's public page, at the canonical address its short one redirects to. */
    private String page(long claimId) {
        String canonical = new Http(port).get("/fact-checks/" + claimId).header("Location");
        return new Http(port).get(URI.create(canonical).getRawPath()).body();
    }
}
