package org.factcheck.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.factcheck.entity.EntityType;

/** A person, organisation, place or event that occurs in published fact-checks, with every spelling of its name. */
@Schema(description = "An entity that occurs in published fact-checks")
public record Entity(long id, String name, EntityType type, List<Alias> aliases) {

    /** One spelling of the name, with its language if known. */
    public record Alias(String name, @Schema(description = "ISO 639 code", nullable = true) String language) {
    }
}
