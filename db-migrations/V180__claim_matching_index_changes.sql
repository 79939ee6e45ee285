-- Claim matching keeps its Lucene index in the data folder (org.factcheck.matching.MatchIndex) and, at start
-- and while running, brings it up to date from what changed since: every write of an embedding, and every
-- change of another desk's fact-check, takes the next number of this sequence. Another instance's index
-- follows the same numbers, so the embeddings one instance computes serve them all.
CREATE SEQUENCE claim_matching_change;

ALTER TABLE claim_embedding ADD COLUMN change bigint NOT NULL DEFAULT nextval('claim_matching_change');
CREATE INDEX claim_embedding_change ON claim_embedding (change);
ALTER TABLE external_fact_check ADD COLUMN change bigint NOT NULL DEFAULT nextval('claim_matching_change');
CREATE INDEX external_fact_check_change ON external_fact_check (change);

CREATE FUNCTION note_claim_matching_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change := nextval('claim_matching_change');
    RETURN NEW;
END
$$;

CREATE TRIGGER claim_embedding_change BEFORE UPDATE ON claim_embedding
    FOR EACH ROW EXECUTE FUNCTION note_claim_matching_change();
CREATE TRIGGER external_fact_check_change BEFORE UPDATE ON external_fact_check
    FOR EACH ROW EXECUTE FUNCTION note_claim_matching_change();

-- Which database an index on disk was built from: a data folder pointed at another (restored, or new)
-- database is rebuilt rather than trusted.
CREATE TABLE claim_matching_database (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid()
);
INSERT INTO claim_matching_database DEFAULT VALUES;
