/**
 * One search over claims, sources, verdict rationales and entities: full-text search for words, and
 * trigram similarity over entity names and aliases for spelling variants, so that "Kazemi" finds
 * everything about Mustafa al-Kadhimi.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "entity"})
package org.factcheck.search;
