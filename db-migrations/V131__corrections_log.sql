-- The corrections log (issue 16): every publication, correction and retraction as the public was shown
-- it, append-only, each record carrying the SHA-256 of its public content and of the records before it:
-- the one before it across the desk and the one before it on the same fact-check. Rewriting any record
-- changes its hash and breaks every later link, which anyone can check from the changes feed alone
-- (tools/verify-corrections-log.py). The database writes it, whichever code path publishes.
CREATE TABLE public_record (
    sequence                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id                      bigint      NOT NULL,
    kind                          text        NOT NULL CHECK (kind IN ('PUBLISHED', 'CORRECTED', 'RETRACTED')),
    recorded_at                   timestamptz NOT NULL,
    headline                      text        NOT NULL,
    rating_label                  text        NOT NULL,
    rationale                     text        NOT NULL,
    note                          text,
    content_sha256                text        NOT NULL,
    previous_sha256               text,
    previous_in_fact_check_sha256 text,
    sha256                        text        NOT NULL UNIQUE
);
CREATE INDEX public_record_claim_id_idx ON public_record (claim_id, sequence);

-- The newest record's hash, one row: locking it orders the writers, so records are numbered in the
-- order they commit and a reader's cursor never passes one that is still to commit.
CREATE TABLE public_record_head (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last_sha256 text
);
INSERT INTO public_record_head VALUES (true, NULL);

-- Times as the changes feed shows them, to the microsecond, in UTC.
CREATE FUNCTION public_record_time(at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- Each field as its length in characters, a colon, the text and a newline: no two contents read alike.
CREATE FUNCTION public_record_content(kind text, claim_id bigint, at timestamptz, headline text, rating_label text,
        rationale text, note text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(char_length(field) || ':' || field || E'\n', '' ORDER BY n)
    FROM unnest(ARRAY[kind, claim_id::text, public_record_time(at), headline, rating_label, rationale, coalesce(note, '')])
         WITH ORDINALITY AS f(field, n)
$$;

CREATE FUNCTION sha256_hex(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(value, 'UTF8')), 'hex')
$$;

CREATE FUNCTION append_public_record(p_claim_id bigint, p_kind text, p_at timestamptz, p_headline text,
        p_rating_label text, p_rationale text, p_note text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    previous text;
    previous_here text;
    content_hash text := sha256_hex(public_record_content(p_kind, p_claim_id, p_at, p_headline, p_rating_label,
            p_rationale, p_note));
    hash text;
BEGIN
    SELECT last_sha256 INTO previous FROM public_record_head FOR UPDATE;
    SELECT r.sha256 INTO previous_here FROM public_record r WHERE r.claim_id = p_claim_id ORDER BY r.sequence DESC LIMIT 1;
    hash := sha256_hex(coalesce(previous, '') || E'\n' || coalesce(previous_here, '') || E'\n' || content_hash);
    INSERT INTO public_record (claim_id, kind, recorded_at, headline, rating_label, rationale, note,
            content_sha256, previous_sha256, previous_in_fact_check_sha256, sha256)
    VALUES (p_claim_id, p_kind, p_at, p_headline, p_rating_label, p_rationale, p_note,
            content_hash, previous, previous_here, hash);
    UPDATE public_record_head SET last_sha256 = hash;
END
$$;

-- A published version: the first publication or a correction.
CREATE FUNCTION record_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM append_public_record(v.claim_id, CASE WHEN NEW.version_number = 1 THEN 'PUBLISHED' ELSE 'CORRECTED' END,
            NEW.published_at, v.headline, NEW.rating_label, NEW.rationale, NEW.correction_note)
    FROM verdict v WHERE v.id = NEW.verdict_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER verdict_publication_recorded AFTER INSERT ON verdict_publication
    FOR EACH ROW EXECUTE FUNCTION record_publication();

CREATE FUNCTION record_retraction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM append_public_record(NEW.claim_id, 'RETRACTED', NEW.retracted_at, NEW.headline, r.label, NEW.rationale,
            NEW.retraction_note)
    FROM rating r WHERE r.id = NEW.rating_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER verdict_retraction_recorded AFTER UPDATE OF status ON verdict
    FOR EACH ROW WHEN (NEW.status = 'RETRACTED' AND OLD.status IS DISTINCT FROM 'RETRACTED')
    EXECUTE FUNCTION record_retraction();

-- What was public before this log began, in the order it happened.
DO $$
DECLARE
    earlier record;
BEGIN
    FOR earlier IN
        SELECT v.claim_id, CASE WHEN p.version_number = 1 THEN 'PUBLISHED' ELSE 'CORRECTED' END AS kind,
               p.published_at AS at, v.headline, p.rating_label, p.rationale, p.correction_note AS note, p.id AS tiebreak
        FROM verdict_publication p JOIN verdict v ON v.id = p.verdict_id
        UNION ALL
        SELECT v.claim_id, 'RETRACTED', v.retracted_at, v.headline, r.label, v.rationale, v.retraction_note, v.id
        FROM verdict v JOIN rating r ON r.id = v.rating_id WHERE v.status = 'RETRACTED'
        ORDER BY at, tiebreak
    LOOP
        PERFORM append_public_record(earlier.claim_id, earlier.kind, earlier.at, earlier.headline, earlier.rating_label,
                earlier.rationale, earlier.note);
    END LOOP;
END
$$;

-- The API keeps answers until public data changes (V90).
CREATE TRIGGER public_record_public_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public_record
    FOR EACH STATEMENT EXECUTE FUNCTION note_public_data_change();
