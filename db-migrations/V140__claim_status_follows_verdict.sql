-- A claim's status follows its verdict (issue 18, item 1), and the claim carries its verdict's rating
-- position so that the claims grid sorts and filters by rating from an index on claim alone (issue 17).
--
-- Kept by triggers rather than by the verdict service: every way a verdict is written (the workflow,
-- the seed, imports, bench/generate's COPY, a fix by hand in SQL) keeps the claim in step, in the same
-- transaction, and the claim's optimistic-lock version is not touched, so a reviewer editing the claim
-- while a colleague publishes its verdict gets no false conflict. A stale claim form cannot write an
-- old status back either: the guard on claim takes the status from the verdict whenever one exists.
--
-- Without a verdict the desk sets the status by hand: Unreviewed, In progress, Reviewed, Dismissed.
-- With one it is the verdict's: Draft verdict, In review, Published, Retracted.

ALTER TABLE claim DROP CONSTRAINT claim_status_check;
ALTER TABLE claim ADD CONSTRAINT claim_status_check CHECK (status IN
    ('UNREVIEWED', 'IN_PROGRESS', 'REVIEWED', 'DISMISSED', 'DRAFT_VERDICT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED'));
-- The rating's position on its scale (rating.position); NULL while the claim has no verdict.
ALTER TABLE claim ADD COLUMN rating_position integer;

CREATE FUNCTION claim_status_of_verdict(verdict_status text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE verdict_status WHEN 'DRAFT' THEN 'DRAFT_VERDICT' ELSE verdict_status END;

-- Existing data: every claim with a verdict takes the verdict's status and rating position.
UPDATE claim c
SET status = claim_status_of_verdict(v.status), rating_position = r.position
FROM verdict v
JOIN rating r ON r.id = v.rating_id
WHERE v.claim_id = c.id;

-- Writing a verdict writes its claim's status and rating position; removing it returns the claim to the
-- desk as In progress (someone had started on it).
CREATE FUNCTION claim_follows_its_verdict() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE claim SET status = 'IN_PROGRESS', rating_position = NULL WHERE id = OLD.claim_id;
        RETURN OLD;
    END IF;
    UPDATE claim
    SET status = claim_status_of_verdict(NEW.status),
        rating_position = (SELECT position FROM rating WHERE id = NEW.rating_id)
    WHERE id = NEW.claim_id
      AND (status, rating_position) IS DISTINCT FROM
          (claim_status_of_verdict(NEW.status), (SELECT position FROM rating WHERE id = NEW.rating_id));
    RETURN NEW;
END $$;
CREATE TRIGGER verdict_keeps_claim_status AFTER INSERT OR DELETE OR UPDATE OF status, rating_id ON verdict
    FOR EACH ROW EXECUTE FUNCTION claim_follows_its_verdict();

-- A claim with a verdict has the verdict's status whatever a form sends; one without cannot claim one.
CREATE FUNCTION claim_status_from_verdict() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    verdict_status text;
BEGIN
    SELECT v.status INTO verdict_status FROM verdict v WHERE v.claim_id = NEW.id;
    IF FOUND THEN
        NEW.status := claim_status_of_verdict(verdict_status);
    ELSIF NEW.status IN ('DRAFT_VERDICT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED') THEN
        RAISE EXCEPTION 'Claim % has no verdict, so its status cannot be %.', NEW.id, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER claim_status_follows_verdict_on_insert BEFORE INSERT ON claim
    FOR EACH ROW WHEN (NEW.status IN ('DRAFT_VERDICT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED'))
    EXECUTE FUNCTION claim_status_from_verdict();
CREATE TRIGGER claim_status_follows_verdict_on_update BEFORE UPDATE OF status ON claim
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION claim_status_from_verdict();
