package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shapes of GET /api/v1/fact-checks and /api/v1/fact-checks/{id}, over HTTP on the seeded database. */
class FactChecksApiTest extends ApiTest {


    @Test
    void a_page_holds_items_and_the_cursor_of_the_next_page() {
        Http.Answer answer = api.get("/api/v1/fact-checks");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        JsonNode page = answer.json();
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("items", "next_cursor");
        assertThat(page.get("items")).hasSize(Paging.DEFAULT_LIMIT);
        assertThat(page.get("next_cursor").isString()).as("the seed has more than one page").isTrue();
    }

    @Test
    void every_fact_check_has_the_documented_fields() {
        Desk.Case published = desk.publish("Mostly false");

        JsonNode item = api.get("/api/v1/fact-checks/" + published.claimId()).json();

        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "url", "headline", "language", "claim_text", "claimant", "claim_date",
                "rating", "rationale", "published_at", "updated_at", "appearances", "entities", "evidence", "corrections");
        assertThat(item.get("id").asLong()).isEqualTo(published.claimId());
        assertThat(item.get("url").asString()).isEqualTo("http://localhost:8080/fact-checks/" + published.claimId() + "/headline-"
                + published.marker());
        assertThat(item.get("headline").asString()).isEqualTo("Headline " + published.marker());
        assertThat(item.get("language").asString()).isEqualTo("en");
        assertThat(item.get("claim_text").asString()).isEqualTo(published.claimText());
        assertThat(item.get("claim_date").asString()).isEqualTo("2021-08-04");
        assertThat(item.get("claimant").get("id").asLong()).isEqualTo(published.claimantId());
        assertThat(item.get("claimant").get("type").asString()).isEqualTo("PERSON");
        assertThat(names(item.get("claimant").get("aliases"))).contains("Claimant alias " + published.marker());
        assertThat(item.get("rating").get("label").asString()).isEqualTo("Mostly false");
        assertThat(item.get("rating").get("value").asInt()).isEqualTo(2);
        assertThat(item.get("rating").get("best_value").asInt()).isEqualTo(5);
        assertThat(item.get("rating").get("worst_value").asInt()).isEqualTo(1);
        assertThat(item.get("rationale").asString()).isEqualTo("Rationale " + published.marker());
        assertThat(Instant.parse(item.get("published_at").asString())).isBeforeOrEqualTo(Instant.parse(item.get("updated_at").asString()));

        JsonNode appearance = item.get("appearances").get(0);
        assertThat(appearance.propertyNames()).containsExactlyInAnyOrder("source_id", "source_title", "outlet", "url", "date", "language",
                "quote");
        assertThat(appearance.get("source_id").asLong()).isEqualTo(published.sourceId());
        assertThat(appearance.get("source_title").asString()).isEqualTo("Source title " + published.marker());
        assertThat(appearance.get("outlet").asString()).isEqualTo("Outlet " + published.marker());
        assertThat(appearance.get("url").asString()).isEqualTo("https://news.example/" + published.marker());
        assertThat(appearance.get("date").asString()).isEqualTo("2021-08-05");
        assertThat(appearance.get("quote").asString()).isEqualTo("the quote of " + published.marker());

        JsonNode entity = item.get("entities").get(0);
        assertThat(entity.propertyNames()).containsExactlyInAnyOrder("id", "name", "type", "aliases", "wikidata_id");
        assertThat(entity.get("id").asLong()).isEqualTo(published.mentionedEntityId());
        assertThat(entity.get("type").asString()).isEqualTo("PLACE");
        assertThat(entity.get("aliases").get(0).propertyNames()).containsExactlyInAnyOrder("name", "language");

        JsonNode evidence = item.get("evidence");
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0).propertyNames()).containsExactlyInAnyOrder("stance", "title", "publisher", "url", "date",
                "accessed_on", "quote", "archived_copy");
        assertThat(evidence.get(0).get("archived_copy").isNull()).as("no copy was taken of it").isTrue();
        assertThat(evidence.get(0).get("stance").asString()).isEqualTo("REFUTES");
        assertThat(evidence.get(0).get("date").asString()).isEqualTo("2021-09-01");
        assertThat(evidence.get(1).get("title").asString()).as("a source in the database is cited by its title")
                .isEqualTo("Source title " + published.marker());
        assertThat(evidence.get(1).get("publisher").asString()).isEqualTo("Outlet " + published.marker());

        assertThat(item.get("corrections").isArray()).isTrue();
        assertThat(item.get("corrections")).isEmpty();
    }

    @Test
    void a_fact_check_reads_the_same_alone_as_in_the_list() {
        JsonNode first = api.get("/api/v1/fact-checks?limit=1").json().get("items").get(0);

        assertThat(api.get("/api/v1/fact-checks/" + first.get("id").asLong()).json()).isEqualTo(first);
    }

    @Test
    void the_newest_publication_comes_first() {
        Desk.Case newest = desk.publish("True");

        List<JsonNode> items = items(api.get("/api/v1/fact-checks?limit=100").json());

        assertThat(items.getFirst().get("id").asLong()).isEqualTo(newest.claimId());
        assertThat(items).extracting(item -> Instant.parse(item.get("published_at").asString()))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void limit_sets_the_size_of_a_page() {
        assertThat(api.get("/api/v1/fact-checks?limit=1").json().get("items")).hasSize(1);
        assertThat(api.get("/api/v1/fact-checks?limit=100").json().get("items")).hasSizeGreaterThan(Paging.DEFAULT_LIMIT);
    }

    @Test
    void a_corrected_fact_check_carries_its_new_rating_and_the_public_correction_note() {
        Desk.Case published = desk.publish("True");
        desk.correct(published, "Mostly true", "We overstated it: the figure was an estimate.");

        JsonNode item = api.get("/api/v1/fact-checks/" + published.claimId()).json();

        assertThat(item.get("rating").get("label").asString()).isEqualTo("Mostly true");
        assertThat(item.get("rationale").asString()).isEqualTo("Corrected rationale " + published.marker());
        assertThat(item.get("corrections")).hasSize(1);
        assertThat(item.get("corrections").get(0).get("public_note").asString())
                .isEqualTo("We overstated it: the figure was an estimate.");
        assertThat(Instant.parse(item.get("updated_at").asString())).isAfterOrEqualTo(
                Instant.parse(item.get("published_at").asString()));
        assertThat(item.get("corrections").get(0).get("date").isString()).isTrue();
    }

    @Test
    void an_unpublished_fact_check_is_as_unknown_as_one_that_never_existed() {
        Desk.Case draft = desk.add(VerdictStatus.DRAFT, "False");
        long neverExisted = Long.MAX_VALUE;

        Http.Answer unpublished = api.get("/api/v1/fact-checks/" + draft.claimId());
        Http.Answer unknown = api.get("/api/v1/fact-checks/" + neverExisted);

        assertThat(unpublished.status()).isEqualTo(unknown.status()).isEqualTo(404);
        assertThat(unpublished.contentType()).isEqualTo(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unpublished.body().replace(Long.toString(draft.claimId()), "ID"))
                .isEqualTo(unknown.body().replace(Long.toString(neverExisted), "ID"));
    }

    static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    static List<String> names(JsonNode namedThings) {
        return StreamSupport.stream(namedThings.spliterator(), false).map(thing -> thing.get("name").asString()).toList();
    }
}
