package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factcheck.Desk;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A reviewer-set Wikidata item per entity: validated, and published as the claimant's schema.org sameAs. */
class WikidataTest extends ApiTest {

    @Test
    void a_claimants_wikidata_item_is_published_as_same_as() {
        Desk.Case published = desk.publish("False");
        desk.setWikidataId(published.claimantId(), "q61053");

        JsonNode author = api.get("/api/v1/fact-checks/" + published.claimId() + "/claim-review").json()
                .get("itemReviewed").get("author");
        assertThat(author.get("sameAs").asString()).isEqualTo("https://www.wikidata.org/wiki/Q61053");
        assertThat(api.get("/api/v1/entities/" + published.claimantId()).json().get("wikidata_id").asString()).isEqualTo("Q61053");
    }

    @Test
    void anything_but_a_wikidata_item_id_is_refused_and_nothing_is_saved() {
        Desk.Case published = desk.publish("True");

        for (String wrong : new String[] {"Q0", "61053", "P31", "Q61053x", "https://www.wikidata.org/wiki/Q61053"}) {
            assertThatThrownBy(() -> desk.setWikidataId(published.claimantId(), wrong)).as(wrong)
                    .hasStackTraceContaining("Enter a Wikidata item id");
        }
        assertThat(api.get("/api/v1/entities/" + published.claimantId()).json().get("wikidata_id").isNull()).isTrue();
    }
}
