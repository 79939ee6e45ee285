-- Archived copies, second part (org.factcheck.archive): copies kept in a folder instead of the database,
-- the pin following evidence that cites a source in the database, the link watch's findings, and the
-- copies the public may follow from a published fact-check.

-- A desk may keep copies' bytes in a folder (factcheck.archive.folder), named by their SHA-256: the row
-- then holds no content, only where it is.
ALTER TABLE archived_copy ALTER COLUMN content DROP NOT NULL;
ALTER TABLE archived_copy ADD COLUMN kept_in text NOT NULL DEFAULT 'DATABASE' CHECK (kept_in IN ('DATABASE', 'FOLDER'));
ALTER TABLE archived_copy ADD CONSTRAINT archived_copy_content_where_kept
    CHECK ((kept_in = 'DATABASE') = (content IS NOT NULL));
ALTER TABLE archived_copy ADD COLUMN size bigint;
UPDATE archived_copy SET size = length(content);
ALTER TABLE archived_copy ALTER COLUMN size SET NOT NULL;

-- Evidence citing a source in the database cites the source's address: pin the copy of that.
CREATE OR REPLACE FUNCTION archive_pin_published_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO archive_pin (publication_id, position, capture_id)
    SELECT NEW.publication_id, NEW.position, c.id
    FROM archive_capture c
    WHERE c.url = coalesce(NEW.url, (SELECT s.url FROM source_listing s WHERE s.id = NEW.source_id))
      AND c.http_status BETWEEN 200 AND 299
    ORDER BY c.taken_at DESC, c.id DESC
    LIMIT 1;
    RETURN NEW;
END $$;

DROP TRIGGER archive_pin_published_evidence ON verdict_publication_evidence;
CREATE TRIGGER archive_pin_published_evidence AFTER INSERT ON verdict_publication_evidence
    FOR EACH ROW WHEN (NEW.url IS NOT NULL OR NEW.source_id IS NOT NULL) EXECUTE FUNCTION archive_pin_published_evidence();

-- A pin added after publication (the automatic copy taken once a verdict is published) changes what the
-- public API shows: its answer cache must notice (V90).
CREATE TRIGGER archive_pin_public_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON archive_pin
    FOR EACH STATEMENT EXECUTE FUNCTION note_public_data_change();

-- The link watch: the last time each cited item of evidence's live page was checked, and what was wrong
-- with it then, if anything (problem null: the page answered and still holds the quote).
CREATE TABLE link_check (
    evidence_id  bigint PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    url          text        NOT NULL,
    checked_at   timestamptz NOT NULL,
    http_status  integer,
    problem      text CHECK (problem IN ('GONE', 'UNREACHABLE', 'QUOTE_MISSING')),
    detail       text,
    flagged_since timestamptz
);
CREATE INDEX link_check_due_idx ON link_check (checked_at);
CREATE INDEX link_check_flagged_idx ON link_check (flagged_since DESC) WHERE problem IS NOT NULL;

-- verdict: the published evidence's address too (its own, or null when it cites a source here, then the
-- source's), so the archive pins copies taken after publication.
CREATE OR REPLACE VIEW publication_evidence AS
SELECT e.publication_id, e.position, e.quote, p.verdict_id, v.status AS verdict_status, e.url, e.source_id
FROM verdict_publication_evidence e
JOIN verdict_publication p ON p.id = e.publication_id
JOIN verdict v ON v.id = p.verdict_id;

-- archive: the copy pinned to each cited address of a public fact-check, as its latest published version
-- had it, for the public API and pages (matched to the evidence by its address: the positions of a
-- publication's evidence are not the evidence's own).
CREATE VIEW public_archived_copy AS
SELECT DISTINCT ON (e.verdict_id, c.url) e.verdict_id, c.url, c.id AS capture_id, c.sha256, c.taken_at
FROM publication_evidence e
JOIN archive_pin p ON p.publication_id = e.publication_id AND p.position = e.position
JOIN archive_capture c ON c.id = p.capture_id
WHERE e.verdict_status IN ('PUBLISHED', 'RETRACTED')
ORDER BY e.verdict_id, c.url, e.publication_id DESC;
