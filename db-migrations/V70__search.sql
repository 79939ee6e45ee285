-- Search over claims, sources, verdict rationales and entities (issue 7).
-- Full-text search uses the 'simple' configuration: the corpus mixes English, Arabic transliterations
-- and names, and 'english' stemming would mangle names ("Biden's" -> "biden", but "Kadhimi" ->
-- "kadhimi" either way, while "Iraqi" vs "Iraq" would be conflated only by accident). 'simple'
-- lower-cases and splits on non-word characters; prefix matching (:*) covers plural/possessive forms.
-- Spelling variants ("Kazemi" for "al-Kadhimi") are found by trigram similarity over entity names
-- and aliases (pg_trgm), not by full-text search.
-- The generated columns are not mapped in JPA, so the Envers *_aud tables do not get them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE claim ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;
CREATE INDEX claim_search_idx ON claim USING gin (search_vector);

-- The title weighs more than the body, so a match in the title ranks first.
ALTER TABLE source ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A')
                         || setweight(to_tsvector('simple', full_text), 'B')) STORED;
CREATE INDEX source_search_idx ON source USING gin (search_vector);

ALTER TABLE verdict ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', rationale)) STORED;
CREATE INDEX verdict_search_idx ON verdict USING gin (search_vector);

CREATE INDEX alias_name_trgm_idx ON alias USING gin (lower(name) gin_trgm_ops);
CREATE INDEX entity_name_trgm_idx ON entity USING gin (lower(name) gin_trgm_ops);
