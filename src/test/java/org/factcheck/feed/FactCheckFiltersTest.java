package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.feed.FactChecksApiTest.items;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.factcheck.Desk;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each filter of GET /api/v1/fact-checks, alone and combined, across every page. */
class FactCheckFiltersTest extends ApiTest {


    @Test
    void rating_keeps_the_fact_checks_with_that_rating_in_any_letter_case() {
        Desk.Case misleading = desk.publish("Misleading");

        List<JsonNode> found = all("rating=" + encode("mISLEADING"));

        assertThat(found).extracting(item -> item.get("rating").get("label").asString()).containsOnly("Misleading");
        assertThat(ids(found)).contains(misleading.claimId());
        assertThat(ids(all("rating=" + encode("mostly true")))).doesNotContain(misleading.claimId()).isNotEmpty();
    }

    @Test
    void entity_keeps_the_fact_checks_whose_claim_mentions_it_or_was_made_by_it() {
        Desk.Case published = desk.publish("False");
        desk.publish("False");

        assertThat(ids(all("entity=" + published.mentionedEntityId()))).containsExactly(published.claimId());
        assertThat(ids(all("entity=" + published.claimantId()))).containsExactly(published.claimId());
    }

    @Test
    void entity_finds_every_seeded_fact_check_that_involves_a_much_cited_entity() {
        long iraq = api.get("/api/v1/fact-checks?q=Republic%20of%20Iraq&limit=1").json()
                .get("items").get(0).get("entities").valueStream()
                .filter(entity -> entity.get("name").asString().equals("Iraq")).findFirst().orElseThrow().get("id").asLong();

        List<JsonNode> found = all("entity=" + iraq + "&limit=7");

        assertThat(found).hasSizeGreaterThan(7).allSatisfy(item -> assertThat(Stream.concat(
                        item.get("entities").valueStream(), Stream.of(item.get("claimant")))
                .filter(entity -> !entity.isNull()).map(entity -> entity.get("id").asLong())).contains(iraq));
    }

    @Test
    void source_keeps_the_fact_checks_whose_claim_was_made_in_it() {
        Desk.Case published = desk.publish("Half true");

        List<JsonNode> found = all("source=" + published.sourceId());

        assertThat(ids(found)).containsExactly(published.claimId());
    }

    @Test
    void updated_since_keeps_the_fact_checks_whose_verdict_changed_at_or_after_that_time() {
        Desk.Case published = desk.publish("True");
        String updatedAt = api.get("/api/v1/fact-checks/" + published.claimId()).json().get("updated_at").asString();

        List<JsonNode> found = all("updated_since=" + encode(updatedAt));

        assertThat(ids(found)).contains(published.claimId());
        assertThat(found).allSatisfy(item ->
                assertThat(Instant.parse(item.get("updated_at").asString())).isAfterOrEqualTo(Instant.parse(updatedAt)));
        assertThat(all("updated_since=2999-01-01")).isEmpty();
        assertThat(all("updated_since=2000-01-01T00:00:00%2B02:00")).hasSizeGreaterThanOrEqualTo(54);
    }

    @Test
    void q_finds_words_in_the_claim_the_rationale_and_the_names_of_the_entities_involved() {
        Desk.Case published = desk.publish("True");
        String marker = published.marker();

        assertThat(ids(all("q=Claim%20" + marker))).containsExactly(published.claimId());
        assertThat(ids(all("q=RATIONALE%20" + marker))).containsExactly(published.claimId());
        assertThat(ids(all("q=Place%20alias%20" + marker))).containsExactly(published.claimId());
        assertThat(ids(all("q=Claimant%20" + marker))).containsExactly(published.claimId());
        assertThat(all("q=Evidence%20quote%20" + marker)).as("evidence is not searched").isEmpty();
        assertThat(all("q=Internal%20note%20" + marker)).as("notes are internal").isEmpty();
    }

    @Test
    void q_finds_the_fact_checks_about_an_entity_by_any_spelling_of_its_name() {
        for (String spelling : List.of("Kazemi", "kazimi", "Al-Kadhimy", "Mustafa al-Kadhimi")) {
            List<JsonNode> found = all("q=" + encode(spelling));

            assertThat(found).as(spelling).isNotEmpty().anySatisfy(item -> assertThat(Stream.concat(
                            item.get("entities").valueStream(), Stream.of(item.get("claimant")))
                    .filter(entity -> !entity.isNull()).map(entity -> entity.get("name").asString()))
                    .contains("Mustafa al-Kadhimi"));
        }
    }

    @Test
    void q_takes_percent_and_underscore_literally() {
        String marker = Desk.newMarker();
        Desk.Case literal = desk.add(VerdictStatus.PUBLISHED, "False", marker + "a", " x_%y");
        Desk.Case lookalike = desk.add(VerdictStatus.PUBLISHED, "False", marker + "b", " xZ9y");

        assertThat(ids(all("q=" + encode("x_%y")))).contains(literal.claimId()).doesNotContain(lookalike.claimId());
        assertThat(ids(all("q=" + encode("\\")))).doesNotContain(literal.claimId(), lookalike.claimId());
    }

    @Test
    void filters_combine() {
        Desk.Case mostlyTrue = desk.publish("Mostly true");

        assertThat(ids(all("entity=" + mostlyTrue.claimantId() + "&rating=mostly%20true&q=" + mostlyTrue.marker()
                + "&source=" + mostlyTrue.sourceId() + "&updated_since=2020-01-01"))).containsExactly(mostlyTrue.claimId());
        assertThat(all("entity=" + mostlyTrue.claimantId() + "&rating=false")).isEmpty();
    }

    /** Every item of every page of the fact-checks that pass the filters. */
    private List<JsonNode> all(String query) {
        return api.walkCursor("/api/v1/fact-checks", query).stream().flatMap(page -> items(page.json()).stream()).toList();
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asLong()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
