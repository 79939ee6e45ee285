-- Entities one letter off a one-word query (V151's second way) without reading every name and alias:
-- 105–132 ms of each search at 30,000 aliases (docs/benchmarks.md, section 13), the slowest part of it.
-- A word of five letters or more one edit away from a word of a name has a word similarity of at least
-- 1/3 to that name (a substitution in a five-letter word keeps 3 of its 6 trigrams; measured over 57,000
-- edited words of the generated aliases: never lower), so the trigram indexes give the candidates at
-- 0.3 and Levenshtein decides, as before. That threshold is the function's own setting; the first way
-- keeps the default, so a query of several words reads no more candidates than it did.
CREATE FUNCTION entity_one_letter_off(query text, threshold double precision)
    RETURNS TABLE (entity_id bigint, spelling text, similarity double precision)
    LANGUAGE sql STABLE
    SET pg_trgm.word_similarity_threshold = 0.3 AS $$
    select e.id, e.name, threshold from entity e
    where char_length(query) >= 5 and query !~ '\s' and lower(query) <% lower(e.name)
      and exists (select from regexp_split_to_table(lower(e.name), '[^[:alnum:]]+') as part
                  where levenshtein_less_equal(lower(query), part, 1) <= 1)
    union all
    select a.entity_id, a.name, threshold from alias a
    where char_length(query) >= 5 and query !~ '\s' and lower(query) <% lower(a.name)
      and exists (select from regexp_split_to_table(lower(a.name), '[^[:alnum:]]+') as part
                  where levenshtein_less_equal(lower(query), part, 1) <= 1)
$$;

CREATE OR REPLACE FUNCTION entity_spelled_like(query text, threshold double precision)
    RETURNS TABLE (entity_id bigint, spelling text, similarity double precision)
    LANGUAGE sql STABLE AS $$
    select e.id, e.name, word_similarity(lower(query), lower(e.name))::double precision from entity e
    where lower(query) <% lower(e.name) and word_similarity(lower(query), lower(e.name)) >= threshold
    union all
    select a.entity_id, a.name, word_similarity(lower(query), lower(a.name))::double precision from alias a
    where lower(query) <% lower(a.name) and word_similarity(lower(query), lower(a.name)) >= threshold
    union all
    select * from entity_one_letter_off(query, threshold) where char_length(query) >= 5 and query !~ '\s'
$$;
