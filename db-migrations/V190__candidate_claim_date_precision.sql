-- How precisely the claim made of an accepted candidate is dated (DAY, MONTH, YEAR, UNKNOWN), as the
-- sentence dated it ("in December 2019") or else its source: the claim keeps the date, not its precision.
ALTER TABLE candidate_claim ADD COLUMN claim_date_precision varchar(7)
    CHECK (claim_date_precision IN ('DAY', 'MONTH', 'YEAR', 'UNKNOWN'));
