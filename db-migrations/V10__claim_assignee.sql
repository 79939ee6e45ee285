-- Claims can be assigned to a reviewer: the dashboard lists each reviewer's assigned work.
ALTER TABLE claim ADD COLUMN assignee_id bigint REFERENCES reviewer (id) ON DELETE SET NULL;
CREATE INDEX claim_assignee_id_idx ON claim (assignee_id);
ALTER TABLE claim_aud ADD COLUMN assignee_id bigint;
