-- verdict (issue 12): the rest of what the public API reads of a verdict, as views beside V160's
-- public_fact_check, so the feed reads the verdict module's tables only through views it offers.

-- The evidence of every public (published or retracted) fact-check, in the desk's order; a citation of a
-- source in this database takes its title, outlet, URL and date from the source.
CREATE VIEW public_evidence AS
SELECT e.verdict_id, e.id, e.position, e.stance, e.source_id,
       coalesce(e.title, s.title) AS title, coalesce(e.publisher, s.outlet) AS publisher, coalesce(e.url, s.url) AS url,
       coalesce(e.published_on, s.published_on) AS published_on,
       CASE WHEN e.published_on IS NOT NULL THEN 'DAY' ELSE s.published_on_precision END AS published_on_precision,
       e.accessed_on, e.quote
FROM evidence e
JOIN verdict v ON v.id = e.verdict_id AND v.status IN ('PUBLISHED', 'RETRACTED')
LEFT JOIN source s ON s.id = e.source_id;

-- The public correction notes: every published version of a verdict after the first. Who published it
-- is an account name and stays internal.
CREATE VIEW public_correction AS
SELECT p.verdict_id, p.version_number, p.published_at, p.correction_note
FROM verdict_publication p
WHERE p.version_number > 1;
