-- claim (issue 20): the day a claim's check is due. A date, not a moment: the desk plans in days, and a
-- claim is overdue from the day after (in UTC, the desk's one time zone). Nullable: most claims have none.
ALTER TABLE claim ADD COLUMN due_date date;
ALTER TABLE claim_aud ADD COLUMN due_date date;

-- The grid's order by due date, in V141's shape: one index per direction, claims without a due date last
-- both ways, the id as tie-breaker; ClaimSummaries writes exactly these expressions.
CREATE INDEX claim_due_ascending_idx ON claim (coalesce(due_date, date '9999-12-31'), id);
CREATE INDEX claim_due_descending_idx ON claim (coalesce(due_date, date '0001-01-01'), id);
-- The Overdue filter and the counts of overdue claims: only claims with a due date whose work is not
-- finished (ClaimStatus.finished()), a small part of a million.
CREATE INDEX claim_overdue_idx ON claim (due_date, id)
    WHERE due_date IS NOT NULL AND status NOT IN ('PUBLISHED', 'RETRACTED', 'REVIEWED', 'DISMISSED');
