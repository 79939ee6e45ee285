package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factcheck.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/changes: every publication, correction and retraction in order, walked by cursor while the
 * desk keeps publishing, and the hash chain over them checked from the feed alone by the documented
 * command, which notices a record altered in the database.
 */
class ChangesFeedTest extends ApiTest {

    private static final int PUBLISHED_DURING_THE_WALK = 3;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_walk_returns_every_record_exactly_once_including_those_published_while_it_runs() {
        List<Long> walked = new ArrayList<>();
        List<Long> publishedDuring = new ArrayList<>();
        String next = "/api/v1/changes?limit=7";
        int pages = 0;
        boolean more = true;
        while (more) {
            JsonNode page = api.get(next).json();
            page.get("items").forEach(item -> walked.add(item.get("sequence").asLong()));
            more = page.get("more").asBoolean();
            next = "/api/v1/changes?limit=7&cursor=" + page.get("next_cursor").asString();
            if (pages++ < PUBLISHED_DURING_THE_WALK) {
                // Another editor publishes between two pages of the walk.
                publishedDuring.add(desk.publish("False").claimId());
                more = true;
            }
        }

        List<Long> recorded = jdbc.sql("select sequence from public_record order by sequence").query(Long.class).list();
        assertThat(walked).doesNotHaveDuplicates().isSorted().isEqualTo(recorded);
        List<Long> walkedFactChecks = jdbc.sql("select claim_id from public_record where sequence in (:walked)")
                .param("walked", walked).query(Long.class).list();
        assertThat(walkedFactChecks).as("the publications made during the walk are in it").containsAll(publishedDuring);
        JsonNode last = api.get(next).json();
        assertThat(last.get("items")).as("the last cursor waits for what comes next").isEmpty();
        assertThat(last.get("next_cursor").asString()).isEqualTo(next.substring(next.indexOf("cursor=") + 7));
    }

    @Test
    void a_correction_and_a_retraction_each_add_a_record_chained_to_the_fact_checks_earlier_one() {
        Desk.Case published = desk.publish("Mostly true");
        desk.correct(published, "False", "Correction note " + published.marker());

        List<JsonNode> ofIt = recordsOf(published.claimId());
        assertThat(ofIt).extracting(record -> record.get("kind").asString()).containsExactly("PUBLISHED", "CORRECTED");
        assertThat(ofIt.get(1).get("previous_in_fact_check_sha256").asString()).isEqualTo(ofIt.get(0).get("sha256").asString());
        assertThat(ofIt.get(1).get("note").asString()).isEqualTo("Correction note " + published.marker());
        assertThat(ofIt.get(1).get("rating").asString()).isEqualTo("False");
        assertThat(ofIt.get(0).get("previous_in_fact_check_sha256").isNull()).isTrue();
    }

    @Test
    void the_documented_command_verifies_the_chain_and_fails_on_a_record_altered_in_the_database() throws Exception {
        desk.publish("Half true");
        assertThat(verify()).startsWith("The corrections log holds:");

        long first = jdbc.sql("select min(sequence) from public_record").query(Long.class).single();
        String rationale = jdbc.sql("select rationale from public_record where sequence = :s").param("s", first)
                .query(String.class).single();
        try {
            // A forger rewrites an early record and recomputes its own hashes: the next record's link gives it away.
            jdbc.sql("""
                    update public_record set rationale = rationale || ' (quietly rewritten)',
                        content_sha256 = sha256_hex(public_record_content(kind, claim_id, recorded_at, headline, rating_label,
                                rationale || ' (quietly rewritten)', note))
                    where sequence = :s""").param("s", first).update();
            jdbc.sql("""
                    update public_record set sha256 = sha256_hex(coalesce(previous_sha256, '') || E'\\n'
                        || coalesce(previous_in_fact_check_sha256, '') || E'\\n' || content_sha256) where sequence = :s""")
                    .param("s", first).update();
            assertThat(verify()).startsWith("The corrections log was altered:").contains("previous_sha256");

            jdbc.sql("update public_record set rationale = :r where sequence = :s").param("r", rationale + " (edited)")
                    .param("s", first).update();
            assertThat(verify()).contains("its content does not hash to content_sha256");
        } finally {
            jdbc.sql("""
                    update public_record set rationale = :r,
                        content_sha256 = sha256_hex(public_record_content(kind, claim_id, recorded_at, headline, rating_label, :r, note))
                    where sequence = :s""").param("r", rationale).param("s", first).update();
            jdbc.sql("""
                    update public_record set sha256 = sha256_hex(coalesce(previous_sha256, '') || E'\\n'
                        || coalesce(previous_in_fact_check_sha256, '') || E'\\n' || content_sha256) where sequence = :s""")
                    .param("s", first).update();
        }
        assertThat(verify()).as("restored").startsWith("The corrections log holds:");
    }

    private List<JsonNode> recordsOf(long factCheckId) {
        List<JsonNode> found = new ArrayList<>();
        String next = "/api/v1/changes?limit=100";
        while (true) {
            JsonNode page = api.get(next).json();
            page.get("items").forEach(item -> {
                if (item.get("fact_check_id").asLong() == factCheckId) {
                    found.add(item);
                }
            });
            if (!page.get("more").asBoolean()) {
                return found;
            }
            next = "/api/v1/changes?limit=100&cursor=" + page.get("next_cursor").asString();
        }
    }

    /** Runs tools/verify-corrections-log.py against this app, as the README says; its output. */
    private String verify() throws IOException, InterruptedException {
        Process check = new ProcessBuilder("python3", "tools/verify-corrections-log.py", "http://localhost:" + port)
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
