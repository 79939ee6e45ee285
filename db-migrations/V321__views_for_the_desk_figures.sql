-- Views the desk's figures (module figures, issue 20) read, offered by the modules that own the tables,
-- with the indexes that answer the figures' periods at a million claims.

-- claim: where each claim's work stands: when it was entered, its status and check-worthiness, who it is
-- assigned to and when it is due; never its text or note.
CREATE VIEW claim_work AS
SELECT c.id, c.created_at, c.status, c.check_worthiness, c.assignee_id, c.due_date
FROM claim c;

-- Check-worthy claims still open, by when they were entered (ClaimConditions.unfinished's words).
CREATE INDEX claim_check_worthy_open_idx ON claim (created_at)
    WHERE check_worthiness = 'HIGH' AND status NOT IN ('PUBLISHED', 'RETRACTED', 'REVIEWED', 'DISMISSED');

-- verdict: the milestones of each verdict: when it came into being (the workflow's first step: drafted, or
-- imported as published; none for verdicts older than the workflow's record, V40), when it was first
-- published (version 1) and retracted, with its rating now, its author and the editor who published it.
CREATE VIEW verdict_timeline AS
SELECT v.id AS verdict_id, v.claim_id, v.status, v.author_id, v.reviewer_id,
       r.label AS rating_label, r.position AS rating_position,
       t.made_at AS drafted_at, p.published_at AS first_published_at, v.retracted_at
FROM verdict v
JOIN rating r ON r.id = v.rating_id
LEFT JOIN verdict_transition t ON t.verdict_id = v.id AND t.from_status IS NULL
LEFT JOIN verdict_publication p ON p.verdict_id = v.id AND p.version_number = 1;

-- The figures' periods: verdicts drafted, first published, retracted, corrected in a period.
CREATE INDEX verdict_transition_drafted_idx ON verdict_transition (made_at) WHERE from_status IS NULL;
-- A verdict comes into being once, so it has at most one first step: unique, which also lets the planner
-- leave the join out of verdict_timeline when a query does not read drafted_at.
CREATE UNIQUE INDEX verdict_transition_first_idx ON verdict_transition (verdict_id) WHERE from_status IS NULL;
CREATE INDEX verdict_publication_first_idx ON verdict_publication (published_at) WHERE version_number = 1;
CREATE INDEX verdict_publication_corrected_idx ON verdict_publication (published_at) WHERE version_number > 1;
CREATE INDEX verdict_retracted_at_idx ON verdict (retracted_at) WHERE retracted_at IS NOT NULL;
