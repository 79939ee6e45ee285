-- The claim page's history reads the revisions of a claim's appearances and verdict by claim, and
-- of a verdict's evidence by verdict (an entity page: its aliases by entity), deleted ones included,
-- so those come from the audit tables. The activity log reads each audit table newest revision
-- first: their primary keys (rev, id) already serve that, so rev needs no index of its own.
CREATE INDEX appearance_aud_claim_id_idx ON appearance_aud (claim_id);
CREATE INDEX verdict_aud_claim_id_idx ON verdict_aud (claim_id);
CREATE INDEX evidence_aud_verdict_id_idx ON evidence_aud (verdict_id);
CREATE INDEX alias_aud_entity_id_idx ON alias_aud (entity_id);
