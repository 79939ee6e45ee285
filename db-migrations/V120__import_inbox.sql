-- Finding what to check in a new text (issue 15): why a candidate was dismissed, the names the
-- database did not know when it was proposed, and the original of a near-duplicate imported anyway.

-- Why a reviewer dismissed a candidate ("not checkable", "opinion", ...), kept with the decision.
ALTER TABLE candidate_claim ADD COLUMN dismissal_reason text;

-- Names in the sentence that no known spelling covered, one per line: type, start, end (code points
-- into the source's text, end exclusive) and the name, tab-separated.
ALTER TABLE candidate_claim ADD COLUMN unknown_names text NOT NULL DEFAULT '';

-- A source imported although it is nearly the same as an existing one: which one, and how alike
-- (MinHash estimate, 0–1). The original's deletion removes the link, not the source.
CREATE TABLE import_near_duplicate (
    source_id          bigint PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    original_source_id bigint NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    similarity         real   NOT NULL CHECK (similarity >= 0 AND similarity <= 1)
);
CREATE INDEX import_near_duplicate_original_idx ON import_near_duplicate (original_source_id);
CREATE INDEX candidate_claim_proposed_idx ON candidate_claim (source_id) WHERE status = 'PROPOSED';
