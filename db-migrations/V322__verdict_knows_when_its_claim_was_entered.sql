-- The desk's figures over all of history (issue 20): time to first draft and to publication need, for every
-- verdict, when its claim was entered. Joined per verdict, that read all million claims (1.0–1.5 s at 1M); kept
-- on the verdict, each figure reads one table. A claim's entry time never changes, so it is copied once, when
-- the verdict is written or moved to another claim, from the claim module's offered claim_work (V321).
ALTER TABLE verdict ADD COLUMN claim_entered_at timestamptz;

UPDATE verdict v SET claim_entered_at = c.created_at FROM claim_work c WHERE c.id = v.claim_id;

ALTER TABLE verdict ALTER COLUMN claim_entered_at SET NOT NULL;

CREATE FUNCTION verdict_copy_claim_entered_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.created_at INTO NEW.claim_entered_at FROM claim_work c WHERE c.id = NEW.claim_id;
    RETURN NEW;
END $$;

CREATE TRIGGER verdict_copy_claim_entered_at BEFORE INSERT OR UPDATE OF claim_id ON verdict
    FOR EACH ROW EXECUTE FUNCTION verdict_copy_claim_entered_at();

-- The view as V321 made it, and the claim's entry time last (CREATE OR REPLACE may only add columns at the end).
CREATE OR REPLACE VIEW verdict_timeline AS
SELECT v.id AS verdict_id, v.claim_id, v.status, v.author_id, v.reviewer_id,
       r.label AS rating_label, r.position AS rating_position,
       v.created_at AS drafted_at, v.published_at AS first_published_at, v.retracted_at,
       v.claim_entered_at
FROM verdict v
JOIN rating r ON r.id = v.rating_id;
