package org.factcheck.importing;

import org.factcheck.entity.EntityType;

/**
 * A name in a candidate sentence that no known entity is spelled as, at code-point offsets into the
 * source's text (end exclusive), with the kind of entity it most likely is.
 */
public record UnknownName(String name, EntityType likelyType, int start, int end) {
}
