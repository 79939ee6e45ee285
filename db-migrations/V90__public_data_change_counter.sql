-- A counter that moves whenever a table the public API reads changes, so that the API may keep its
-- answers in memory until then (feed.RecentAnswers). A sequence takes no lock, so concurrent editors do
-- not wait for each other; statement-level triggers cost one nextval per statement (one per COPY).
CREATE SEQUENCE public_data_change;

CREATE FUNCTION note_public_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('public_data_change');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    shown text;
BEGIN
    FOREACH shown IN ARRAY ARRAY['rating_scale', 'rating', 'source', 'entity', 'alias', 'claim', 'claim_entity',
            'appearance', 'verdict', 'evidence', 'verdict_publication', 'verdict_publication_evidence'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION note_public_data_change()', shown || '_public_data_change', shown);
    END LOOP;
END
$$;
