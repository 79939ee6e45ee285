-- A correction may change the headline too (issue 16's notes: "a correction keeps the old headline"):
-- the proposed one waits here with the new rating and rationale. Empty in corrections proposed before
-- this column, which keep the verdict's headline when they are published.
ALTER TABLE verdict_correction ADD COLUMN headline text
    CHECK (headline IS NULL OR (btrim(headline) <> '' AND char_length(headline) <= 75));
