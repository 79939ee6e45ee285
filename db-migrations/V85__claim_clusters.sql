-- Claim clusters (issue 7): claims in different documents that state the same thing share a
-- cluster number, so a verdict on one of them is seen from all. A cluster is only that number: it has
-- no fields of its own, and changes to a claim's cluster are kept in the claim's history (claim_aud).
CREATE SEQUENCE claim_cluster_seq;
ALTER TABLE claim ADD COLUMN cluster_id bigint;
ALTER TABLE claim_aud ADD COLUMN cluster_id bigint;
CREATE INDEX claim_cluster_id_idx ON claim (cluster_id) WHERE cluster_id IS NOT NULL;

-- Pairs a reviewer said are not the same claim: never suggested again. Stored once per pair, the
-- smaller id first.
CREATE TABLE claim_pair_rejected (
    claim_id       bigint      NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    other_claim_id bigint      NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    rejected_at    timestamptz NOT NULL DEFAULT now(),
    rejected_by    text        NOT NULL,
    PRIMARY KEY (claim_id, other_claim_id),
    CONSTRAINT claim_pair_rejected_ordered CHECK (claim_id < other_claim_id)
);
CREATE INDEX claim_pair_rejected_other_idx ON claim_pair_rejected (other_claim_id);

-- Suggestions look for claims whose text is similar by trigrams (pg_trgm, enabled in V70).
CREATE INDEX claim_text_trgm_idx ON claim USING gin (text gin_trgm_ops);
