package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/entities and /api/v1/entities/{id}: the entities of published fact-checks, with their aliases. */
class EntitiesApiTest extends ApiTest {


    @Test
    void the_entities_are_exactly_those_that_published_fact_checks_involve() {
        Map<Long, JsonNode> entities = new HashMap<>();
        api.walkCursor("/api/v1/entities", "limit=9").forEach(page ->
                page.json().get("items").forEach(entity -> entities.put(entity.get("id").asLong(), entity)));
        Set<Long> involved = new HashSet<>();
        api.walkCursor("/api/v1/fact-checks", "limit=100").forEach(page -> page.json().get("items").forEach(item -> {
            item.get("entities").forEach(entity -> involved.add(entity.get("id").asLong()));
            if (!item.get("claimant").isNull()) {
                involved.add(item.get("claimant").get("id").asLong());
            }
        }));

        assertThat(entities.keySet()).isEqualTo(involved);
        assertThat(entities.values()).allSatisfy(entity -> {
            assertThat(entity.propertyNames()).containsExactlyInAnyOrder("id", "name", "type", "aliases", "wikidata_id");
            assertThat(entity.get("aliases").isArray()).isTrue();
        });
    }

    @Test
    void one_entity_reads_as_in_the_list_with_every_spelling_of_its_name() {
        JsonNode kadhimi = api.get("/api/v1/fact-checks?q=al-Kazimi&limit=1").json().get("items").get(0)
                .get("entities").valueStream().filter(entity -> entity.get("name").asString().equals("Mustafa al-Kadhimi"))
                .findFirst().orElseThrow();

        JsonNode entity = api.get("/api/v1/entities/" + kadhimi.get("id").asLong()).json();

        assertThat(entity).isEqualTo(kadhimi);
        assertThat(entity.get("type").asString()).isEqualTo("PERSON");
        assertThat(FactChecksApiTest.names(entity.get("aliases"))).contains("al-Kadhimi", "al-Kazimi", "Al-Kazemi", "Al-Kadhimy");
    }

    @Test
    void an_entity_only_unpublished_claims_involve_is_not_found_until_one_is_published() {
        Desk.Case inReview = desk.add(VerdictStatus.IN_REVIEW, "True");

        Http.Answer answer = api.get("/api/v1/entities/" + inReview.claimantId());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get("/api/v1/entities/" + desk.publish("True").claimantId()).status()).isEqualTo(200);
    }
}
