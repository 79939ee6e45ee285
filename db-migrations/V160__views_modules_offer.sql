-- Each module offers the reads other modules make of its tables as views (issue 12): the view's name
-- and columns are the contract, the tables behind it stay the owner's to change. Plain views are
-- inlined by the planner, so the indexes of the tables behind them still serve every query
-- (checked with EXPLAIN for the claims grid's and the feed's orders, docs/architecture.md).

-- verdict: the verdict on each claim, with its rating's label and position, for the claims grid.
CREATE VIEW claim_verdict AS
SELECT v.claim_id, v.id AS verdict_id, v.status, r.label AS rating_label, r.position AS rating_position
FROM verdict v
JOIN rating r ON r.id = v.rating_id;

-- verdict: the labels of the ratings by position, for filtering claims by the rating position V140 keeps on them.
CREATE VIEW rating_label AS
SELECT r.position, r.label
FROM rating r;

-- verdict: every fact-check the public may see (published) or has seen (retracted, with its notice),
-- with the public columns of its verdict and rating only: never who wrote or reviewed it.
CREATE VIEW public_fact_check AS
SELECT v.claim_id, v.id AS verdict_id, v.status, v.headline, v.language, v.rationale, v.search_vector,
       v.published_at, v.updated_at, v.retracted_at, v.retraction_note, v.rating_id,
       r.label AS rating_label, r.value AS rating_value, s.best_value, s.worst_value
FROM verdict v
JOIN rating r ON r.id = v.rating_id
JOIN rating_scale s ON s.id = r.scale_id
WHERE v.status IN ('PUBLISHED', 'RETRACTED');

-- account: a reviewer's id by username, and nothing else of the account.
CREATE VIEW reviewer_username AS
SELECT id, username
FROM reviewer;
