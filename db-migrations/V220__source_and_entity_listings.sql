-- More views modules offer others (issue 12, after V160/V161): the columns of a source, an entity, a claim
-- and a rating that others read. The claims grid, clusters, matching, search, the import inbox, the reports and the
-- public API name these instead of the tables, which stay their owners' to change.
-- Plain projections: the planner inlines them, so the tables' indexes serve as before.

-- source: what a source is called and where it came from, without its text.
CREATE VIEW source_listing AS
SELECT s.id, s.title, s.outlet, s.url, s.language, s.published_on, s.published_on_precision, s.sha256, s.updated_at
FROM source s;

-- entity: an entity's name, type and Wikidata id, without its description or bookkeeping.
CREATE VIEW entity_name AS
SELECT e.id, e.name, e.type, e.wikidata_id, e.updated_at
FROM entity e;

-- entity: the other names an entity goes by.
CREATE VIEW entity_alias AS
SELECT a.id, a.entity_id, a.name, a.language, a.updated_at
FROM alias a;

-- claim: a claim's statement as the public API, the reports, search and matching read it: never its note,
-- status or who entered it.
CREATE VIEW claim_statement AS
SELECT c.id, c.text, c.claim_date, c.claimant_id, c.search_vector, c.updated_at
FROM claim c;

-- claim: where a claim appears, and the quote there.
CREATE VIEW claim_appearance AS
SELECT a.id, a.claim_id, a.source_id, a.quote, a.start_offset, a.end_offset, a.updated_at
FROM appearance a;

-- claim: the entities a claim mentions.
CREATE VIEW claim_mention AS
SELECT ce.claim_id, ce.entity_id
FROM claim_entity ce;

-- verdict: each rating with the name of its scale, for the public API's list of ratings.
CREATE VIEW rating_on_scale AS
SELECT r.id, r.label, r.value, r.description, r.position, s.name AS scale
FROM rating r
JOIN rating_scale s ON s.id = r.scale_id;
