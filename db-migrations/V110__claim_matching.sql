-- Matching claims by meaning (org.factcheck.matching): each claim's sentence embedding, computed in the
-- background by the application, and other desks' fact-checks imported as ClaimReview.

-- One quantized embedding per claim (a float scale, then one signed byte per dimension). A claim without
-- a row is waiting to be embedded, however it arrived (UI, import, seed, bench/generate, plain SQL).
CREATE TABLE claim_embedding (
    claim_id    bigint PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    vector      bytea NOT NULL,
    embedded_at timestamptz NOT NULL DEFAULT now()
);

-- A changed text needs a new embedding: forgetting the old one puts the claim back in the queue.
CREATE FUNCTION forget_claim_embedding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_embedding WHERE claim_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER claim_text_changed AFTER UPDATE OF text ON claim
    FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text) EXECUTE FUNCTION forget_claim_embedding();

-- Another desk's fact-check, from its ClaimReview markup: kept apart from our verdicts, never in our
-- feed, pages or exports. Its url identifies it: importing the same url again updates it in place.
CREATE TABLE external_fact_check (
    id             bigserial PRIMARY KEY,
    url            text NOT NULL UNIQUE CHECK (url ~* '^https?://'),
    claim_reviewed text NOT NULL CHECK (length(btrim(claim_reviewed)) > 0),
    title          text,
    publisher_name text,
    publisher_site text,
    textual_rating text,
    rating_value   numeric,
    best_rating    numeric,
    worst_rating   numeric,
    review_date    date,
    language       text,
    claimant       text,
    claim_date     date,
    imported_by    text NOT NULL,
    imported_at    timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    -- null until embedded; cleared when the claim's wording changes
    vector         bytea
);

CREATE FUNCTION forget_external_embedding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.claim_reviewed IS DISTINCT FROM OLD.claim_reviewed THEN
        NEW.vector := NULL;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER external_claim_changed BEFORE UPDATE OF claim_reviewed ON external_fact_check
    FOR EACH ROW EXECUTE FUNCTION forget_external_embedding();

CREATE INDEX external_fact_check_waiting ON external_fact_check (id) WHERE vector IS NULL;
-- for the trigram ranking the quality benchmark compares with (claims have theirs since V85)
CREATE INDEX external_fact_check_trigrams ON external_fact_check USING gin (claim_reviewed gin_trgm_ops);

-- claims:search shows them: its kept answers must be dropped when they change (V90), not when one is embedded.
CREATE TRIGGER external_fact_check_public_data_change
    AFTER INSERT OR DELETE OR UPDATE OF url, claim_reviewed, title, publisher_name, publisher_site, textual_rating,
        review_date, language, claimant, claim_date ON external_fact_check
    FOR EACH STATEMENT EXECUTE FUNCTION note_public_data_change();
CREATE TRIGGER external_fact_check_public_data_truncate AFTER TRUNCATE ON external_fact_check
    FOR EACH STATEMENT EXECUTE FUNCTION note_public_data_change();
