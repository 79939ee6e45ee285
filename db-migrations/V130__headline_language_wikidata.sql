-- The public face (issue 16): a short headline per verdict (schema.org claimReviewed, the page title;
-- Google advises at most about 75 characters), the language the verdict is written in, and a Wikidata
-- item per entity, published as sameAs.
ALTER TABLE verdict ADD COLUMN headline text
    CHECK (headline IS NULL OR (btrim(headline) <> '' AND char_length(headline) <= 75));
ALTER TABLE verdict ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}$');
ALTER TABLE verdict_aud ADD COLUMN headline text;
ALTER TABLE verdict_aud ADD COLUMN language text;

-- Verdicts made public before headlines existed get the start of their claim, cut at a word, so every
-- public fact-check has one; editors may write a better one with a correction.
UPDATE verdict v
SET headline = CASE WHEN char_length(btrim(c.text)) <= 75 THEN btrim(c.text)
                    ELSE coalesce(rtrim(substring(btrim(c.text) from '^(.{1,73})\s')), left(btrim(c.text), 73)) || ' …' END
FROM claim c
WHERE c.id = v.claim_id AND v.status IN ('PUBLISHED', 'RETRACTED') AND v.headline IS NULL;
ALTER TABLE verdict ADD CONSTRAINT verdict_public_has_a_headline
    CHECK (status NOT IN ('PUBLISHED', 'RETRACTED') OR headline IS NOT NULL);

-- A Wikidata item id ("Q61053" for Mustafa al-Kadhimi), set by a reviewer on the entity page.
ALTER TABLE entity ADD COLUMN wikidata_id text CHECK (wikidata_id ~ '^Q[1-9][0-9]*$');
ALTER TABLE entity_aud ADD COLUMN wikidata_id text;
