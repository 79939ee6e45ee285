-- Every order the claims grid offers is one index, read forwards (ascending) or backwards
-- (descending), with the claim's id as the tie-breaker in the same direction: the first page and the
-- thousandth (read by key, "after this claim", not by OFFSET) are both a short index scan (issue 17).
-- ClaimSummaries writes exactly these expressions into its ORDER BY.

-- Statuses in the order of the desk's work, check-worthiness from high to low: not alphabetically.
CREATE FUNCTION claim_status_rank(status text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_position(ARRAY['UNREVIEWED', 'IN_PROGRESS', 'DRAFT_VERDICT', 'IN_REVIEW', 'PUBLISHED',
                                'RETRACTED', 'REVIEWED', 'DISMISSED'], status);
CREATE FUNCTION check_worthiness_rank(check_worthiness text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_position(ARRAY['HIGH', 'MEDIUM', 'LOW'], check_worthiness);

DROP INDEX claim_text_idx;
CREATE INDEX claim_text_order_idx ON claim (text, id);
DROP INDEX claim_updated_at_idx;
CREATE INDEX claim_updated_at_order_idx ON claim (updated_at, id);
CREATE INDEX claim_status_order_idx ON claim (claim_status_rank(status), id);
CREATE INDEX claim_check_worthiness_order_idx ON claim (check_worthiness_rank(check_worthiness), id);
-- Claims without a date, or without a verdict, come last in both directions: one index per direction.
CREATE INDEX claim_date_ascending_idx ON claim (coalesce(claim_date, date '9999-12-31'), id);
CREATE INDEX claim_date_descending_idx ON claim (coalesce(claim_date, date '0001-01-01'), id);
CREATE INDEX claim_rating_ascending_idx ON claim (coalesce(rating_position, 2147483647), id);
CREATE INDEX claim_rating_descending_idx ON claim (coalesce(rating_position, 0), id);
-- The rating filter: only the tenth of claims that have a verdict.
CREATE INDEX claim_rating_position_idx ON claim (rating_position) WHERE rating_position IS NOT NULL;
