-- Four eyes on what is published (issue 13, F-05).
-- Who last changed a verdict's content (rating, rationale, evidence): they may not publish that version.
-- Verdicts from before this column count their last writer.
ALTER TABLE verdict ADD COLUMN content_changed_by text;
UPDATE verdict SET content_changed_by = updated_by;
ALTER TABLE verdict_aud ADD COLUMN content_changed_by text;

-- A correction one editor proposes and a second one publishes; until then readers see the version before.
CREATE TABLE verdict_correction (
    verdict_id  bigint PRIMARY KEY REFERENCES verdict (id) ON DELETE CASCADE,
    rating_id   bigint      NOT NULL REFERENCES rating (id),
    rationale   text        NOT NULL CHECK (btrim(rationale) <> ''),
    public_note text        NOT NULL CHECK (btrim(public_note) <> ''),
    proposed_by text        NOT NULL,
    proposed_at timestamptz NOT NULL
);

-- A correction its own editor published alone, where the desk's setting allows it: recorded as such.
ALTER TABLE verdict_publication ADD COLUMN self_approved boolean NOT NULL DEFAULT false;
