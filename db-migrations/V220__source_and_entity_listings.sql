-- Two more views modules offer others (issue 12, after V160/V161): the columns of a source and of an entity
-- that others show beside a claim. The claims grid, clusters, matching, the import inbox, the reports and the
-- public API name these instead of the source and entity tables, which stay their owners' to change.
-- Plain projections: the planner inlines them, so the tables' indexes serve as before.

-- source: what a source is called and where it came from, without its text.
CREATE VIEW source_listing AS
SELECT s.id, s.title, s.outlet, s.url, s.language, s.published_on, s.published_on_precision, s.sha256, s.updated_at
FROM source s;

-- entity: an entity's name, type and Wikidata id, without its description or bookkeeping.
CREATE VIEW entity_name AS
SELECT e.id, e.name, e.type, e.wikidata_id, e.updated_at
FROM entity e;
