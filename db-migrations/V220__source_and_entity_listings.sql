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

-- source: a source's text and its search vector, for the search box and the near-duplicate fingerprints.
CREATE VIEW source_text AS
SELECT s.id, s.title, s.outlet, s.full_text, s.search_vector
FROM source s;

-- verdict: every verdict's rationale, drafts included, with its rating, for the reviewers' search box.
CREATE VIEW verdict_rationale AS
SELECT v.id, v.claim_id, v.rationale, v.search_vector, r.label AS rating_label
FROM verdict v
JOIN rating r ON r.id = v.rating_id;

-- verdict: each item of evidence as a published version of a verdict cited it, with that verdict's status
-- now, for the archive's copies pinned to it.
CREATE VIEW publication_evidence AS
SELECT e.publication_id, e.position, e.quote, p.verdict_id, v.status AS verdict_status
FROM verdict_publication_evidence e
JOIN verdict_publication p ON p.id = e.publication_id
JOIN verdict v ON v.id = p.verdict_id;

-- verdict: every verdict on a claim as the desk wrote it, drafts included, with its rating's label: for
-- the editors' reports.
CREATE VIEW verdict_summary AS
SELECT v.id, v.claim_id, v.status, v.headline, v.rationale, v.published_at, r.label AS rating_label
FROM verdict v
JOIN rating r ON r.id = v.rating_id;

-- verdict: the items of evidence a verdict cites, for the editors' reports.
CREATE VIEW evidence_item AS
SELECT e.id, e.verdict_id, e.position, e.stance, e.title, e.publisher, e.url, e.quote, e.source_id
FROM evidence e;

-- verdict: the workflow steps each claim's verdict went through, for the reports' provenance.
CREATE VIEW verdict_step AS
SELECT t.id, v.claim_id, t.from_status, t.to_status, t.made_by, t.made_at
FROM verdict_transition t
JOIN verdict v ON v.id = t.verdict_id;
