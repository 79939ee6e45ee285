-- My work (the claims grid filtered by assignee, latest changed first) at a million claims: with the assignee
-- known only at run time, PostgreSQL walked the whole latest-changed order looking for that reviewer's claims
-- (572 ms when they have none, docs/benchmarks.md section 3). One index gives the reviewer's claims in the
-- grid's order; it also serves what claim_assignee_id_idx served (counts per assignee), so it replaces it.
CREATE INDEX claim_assignee_order_idx ON claim (assignee_id, updated_at, id) WHERE assignee_id IS NOT NULL;
DROP INDEX claim_assignee_id_idx;
