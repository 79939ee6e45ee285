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

-- verdict: the milestones of each verdict: when it came into being (drafted, or imported as published: the
-- workflow records that first step at the same moment), when it was first published (a correction keeps that
-- date; verdict_publication's version 1 has the same moment) and retracted, with its rating now, its author
-- and the editor who published it. One table and its rating: no join the figures' periods would pay for.
CREATE VIEW verdict_timeline AS
SELECT v.id AS verdict_id, v.claim_id, v.status, v.author_id, v.reviewer_id,
       r.label AS rating_label, r.position AS rating_position,
       v.created_at AS drafted_at, v.published_at AS first_published_at, v.retracted_at
FROM verdict v
JOIN rating r ON r.id = v.rating_id;

-- The figures' periods: verdicts drafted, retracted, corrected in a period (first published: V5's
-- verdict_published_at_idx).
CREATE INDEX verdict_created_at_idx ON verdict (created_at);
CREATE INDEX verdict_retracted_at_idx ON verdict (retracted_at) WHERE retracted_at IS NOT NULL;
CREATE INDEX verdict_publication_corrected_idx ON verdict_publication (published_at) WHERE version_number > 1;
