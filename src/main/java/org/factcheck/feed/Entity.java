package org.factcheck.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import org.factcheck.entity.EntityType;

/** A person, organisation, place or event that occurs in published fact-checks, with every spelling of its name. */
@Schema(description = "An entity that occurs in published fact-checks")
public record Entity(long id, String name, EntityType type, List<Alias> aliases,
        @JsonProperty("wikidata_id") @Schema(description = "Its Wikidata item, if a reviewer set one", nullable = true, example = "Q61053")
        String wikidataId) {

    /** The entity's Wikidata page, for schema.org sameAs; null without one. */
    @JsonIgnore
    public URI wikidataUrl() {
        return wikidataId == null ? null : URI.create("https://www.wikidata.org/wiki/" + wikidataId);
    }


    /** One spelling of the name, with its language if known. */
    public record Alias(String name, @Schema(description = "ISO 639 code", nullable = true) String language) {
    }
}
