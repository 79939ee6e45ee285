-- Search, as a new reviewer expected it (issue 18).
--
-- 1. The words of a query go through a configuration of their own: 'simple' (no stemming, as the
--    texts' vectors, V70) but without English stop words, so "troops in Iraq" neither requires nor
--    highlights every "in", and a phrase keeps its distances ("mission in Iraq" is 'mission' <2> 'iraq').
CREATE TEXT SEARCH DICTIONARY simple_without_stop_words (TEMPLATE = pg_catalog.simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION query_words (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION query_words
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
    WITH simple_without_stop_words;

-- 2. The entities spelled like a query, in one place for the global search and the Entities filter:
--    by pg_trgm word similarity to the name or an alias (at or above the threshold, through the trigram
--    indexes), or, for a single word of five letters or more, one letter away from a word of it
--    ("Kadhemi" for al-Kadhimi, "Soleimany" for Soleimani), which trigrams score too low. The second
--    way reads every name, so it is tried only for one-word queries.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE FUNCTION entity_spelled_like(query text, threshold double precision)
    RETURNS TABLE (entity_id bigint, spelling text, similarity double precision)
    LANGUAGE sql STABLE AS $$
    select e.id, e.name, word_similarity(lower(query), lower(e.name))::double precision from entity e
    where lower(query) <% lower(e.name) and word_similarity(lower(query), lower(e.name)) >= threshold
    union all
    select a.entity_id, a.name, word_similarity(lower(query), lower(a.name))::double precision from alias a
    where lower(query) <% lower(a.name) and word_similarity(lower(query), lower(a.name)) >= threshold
    union all
    select e.id, e.name, threshold from entity e
    where char_length(query) >= 5 and query !~ '\s'
      and exists (select from regexp_split_to_table(lower(e.name), '[^[:alnum:]]+') as part
                  where levenshtein_less_equal(lower(query), part, 1) <= 1)
    union all
    select a.entity_id, a.name, threshold from alias a
    where char_length(query) >= 5 and query !~ '\s'
      and exists (select from regexp_split_to_table(lower(a.name), '[^[:alnum:]]+') as part
                  where levenshtein_less_equal(lower(query), part, 1) <= 1)
$$;
