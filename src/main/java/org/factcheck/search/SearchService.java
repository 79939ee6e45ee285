package org.factcheck.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factcheck.entity.EntityFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Searches claims, sources, verdict rationales and entities at once, in SQL.
 *
 * <p>Entities are found by their spelling (the database's {@code entity_spelled_like}, V151: trigram
 * word similarity to their name or any alias, or one letter off a word of it), so a spelling variant
 * finds them. The words of the query, widened with every name and alias of the
 * closest entities found, then go through full-text search (the texts in the 'simple' configuration, see V70; the
 * query's words without English stop words, V151) over claims,
 * sources and rationales; claims that mention one of those entities, or are made by it, are included even when
 * their text spells the name another way; a phrase in quotes is searched as written. Every value is a bound parameter and the query text goes
 * through {@code websearch_to_tsquery}, which accepts any input, so no character breaks a search.
 *
 * <p>Claims, sources and rationales are searched at the same time, each statement on its own connection (so
 * outside one transaction: a search is a glance, not a report): at a million claims the sources' statement
 * alone takes most of the time, and one after the other the three took over 100 ms (docs/benchmarks.md,
 * section 13).
 */
@Service
@PreAuthorize("hasRole('REVIEWER')")
public class SearchService {

    /** How many results each group shows. */
    static final int PER_TYPE = 20;
    /** Longer queries are cut: nobody types more, and trigram work grows with the length. */
    static final int MAX_QUERY_LENGTH = 200;
    /**
     * Only this many matches of each kind, the first the index yields, are ranked by relevance: ranking
     * (or any order) reads every match's row and text vector, and a common word matches tens of thousands
     * of texts at scale (docs/benchmarks.md, section 5), while taking the first matches stops early.
     */
    static final int RANKED = 500;
    /** How many of the entities found widen the search of claims, sources and rationales; see closest(). */
    static final int MEANT = 3;
    private static final double NEARLY_AS_CLOSE = 0.1;

    private static final String HEADLINE_OPTIONS = "StartSel=" + SearchHit.MARK_START + ", StopSel=" + SearchHit.MARK_END
            + ", MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    /** Public for bench/search, which times this SQL on a database outside the app (and so without the role check). */
    public SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SearchResults search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        if (q.isEmpty()) {
            return SearchResults.none(q);
        }
        List<FoundEntity> found = entities(q);
        PhraseHighlights phrases = PhraseHighlights.of(q);
        // A phrase in quotes is searched as written: not widened to the spellings of entities it names.
        List<FoundEntity> meant = phrases.any() ? List.of() : closest(found);
        List<Long> entityIds = meant.stream().map(FoundEntity::id).toList();
        String words = widened(q, meant);
        try (ExecutorService statements = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<SearchHit>> claims = statements.submit(() -> claims(words, entityIds));
            Future<List<SearchHit>> sources = statements.submit(() -> sources(words));
            Future<List<SearchHit>> verdicts = statements.submit(() -> verdicts(words));
            return new SearchResults(q,
                    found.stream().map(FoundEntity::hit).toList(),
                    highlighted(answer(claims), phrases),
                    highlighted(answer(sources), phrases),
                    highlighted(answer(verdicts), phrases));
        }
    }

    private static List<SearchHit> answer(Future<List<SearchHit>> statement) {
        try {
            return statement.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The search was interrupted", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private static List<SearchHit> highlighted(List<SearchHit> hits, PhraseHighlights phrases) {
        return hits.stream().map(hit -> new SearchHit(hit.type(), hit.id(), hit.title(), phrases.keepPhrases(hit.snippet()),
                hit.route())).toList();
    }

    private record FoundEntity(long id, String name, String type, String alias, double similarity, List<String> spellings) {

        SearchHit hit() {
            String snippet = type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
            if (alias != null && !alias.equalsIgnoreCase(name)) {
                snippet += " · also known as " + SearchHit.MARK_START + alias + SearchHit.MARK_END;
            }
            return new SearchHit(SearchHitType.ENTITY, id, name, snippet, "entities/" + id);
        }
    }

    private List<FoundEntity> entities(String q) {
        // The best-matching spelling per entity: its name or one of its aliases.
        return jdbc.sql("""
                with best as (
                    select distinct on (entity_id) entity_id, spelling, similarity
                    from entity_spelled_like(:q, :similarity)
                    order by entity_id, similarity desc, spelling
                )
                select e.id, e.name, e.type, best.spelling, best.similarity,
                       (select string_agg(a.name, chr(31) order by a.id) from entity_alias a where a.entity_id = e.id) as aliases
                from best join entity_name e on e.id = best.entity_id
                order by best.similarity desc, e.name
                limit :limit
                """)
                .param("q", q)
                .param("similarity", EntityFilter.SPELLED_LIKE)
                .param("limit", PER_TYPE)
                .query((rs, row) -> {
                    String aliases = rs.getString("aliases");
                    return new FoundEntity(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                            rs.getString("spelling"), rs.getDouble("similarity"),
                            aliases == null ? List.of() : List.of(aliases.split("\u001f")));
                })
                .list();
    }

    /**
     * The entities the query most likely means: the best match and those nearly as close, at most
     * {@link #MEANT}. A name like "Moustafa al-Jassemy" is a fair spelling of dozens of generated
     * "Mustafa al-…" names; widening the text search with all their spellings cost half a second at scale.
     */
    private static List<FoundEntity> closest(List<FoundEntity> found) {
        if (found.isEmpty()) {
            return found;
        }
        double best = found.getFirst().similarity();
        return found.stream().filter(entity -> entity.similarity() >= best - NEARLY_AS_CLOSE).limit(MEANT).toList();
    }

    /** The query, or any name or alias of an entity it found, in websearch_to_tsquery's syntax. */
    private static String widened(String q, List<FoundEntity> found) {
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(q);
        for (FoundEntity entity : found) {
            alternatives.add(quoted(entity.name()));
            entity.spellings().forEach(spelling -> alternatives.add(quoted(spelling)));
        }
        return String.join(" or ", alternatives);
    }

    private static String quoted(String spelling) {
        return '"' + spelling.replace('"', ' ') + '"';
    }

    /**
     * Claims with the words first, by rank, then claims found only through an entity, oldest first.
     * Each way of finding a claim is its own indexed query: joined by OR in one WHERE clause, they made
     * PostgreSQL read all claims (a second at a million, docs/benchmarks.md, section 5).
     */
    private List<SearchHit> claims(String words, List<Long> entityIds) {
        List<Long> ids = entityIds.isEmpty() ? List.of(-1L) : new ArrayList<>(entityIds);
        return byWords(firstMatchesIn("claim_statement") + """
                , by_words as (
                    select c.id, ts_rank(c.search_vector, q.query) as rank from matches join claim_statement c on c.id = matches.id, q
                    order by rank desc, c.id
                    limit :limit
                ),
                by_entity as (
                    select id from (select c.id from claim_statement c where c.claimant_id in (:entities)
                                    union
                                    select m.claim_id from claim_mention m where m.entity_id in (:entities)) named
                    order by id
                    limit 2 * :limit
                ),
                found as (
                    select id, true as by_words, rank from by_words
                    union all
                    select id, false, 0 from by_entity where id not in (select id from by_words)
                    order by by_words desc, rank desc, id
                    limit :limit
                )
                select c.id, c.text, ts_headline('simple', c.text, q.query, :options) as snippet
                from found join claim_statement c on c.id = found.id, q
                order by found.by_words desc, found.rank desc, found.id
                """, words)
                .param("entities", ids)
                .query((rs, row) -> new SearchHit(SearchHitType.CLAIM, rs.getLong("id"), rs.getString("text"),
                        rs.getString("snippet"), "claims/" + rs.getLong("id")))
                .list();
    }

    private List<SearchHit> sources(String words) {
        return byWords(firstMatchesIn("source_text") + """
                , found as (
                    select s.id, s.title, s.outlet, s.full_text, ts_rank(s.search_vector, q.query) as rank
                    from matches join source_text s on s.id = matches.id, q
                    order by rank desc, s.id
                    limit :limit
                )
                select found.id, found.title || ' (' || found.outlet || ')' as title,
                       ts_headline('simple', found.full_text, q.query, :options) as snippet
                from found, q
                order by found.rank desc, found.id
                """, words)
                .query((rs, row) -> new SearchHit(SearchHitType.SOURCE, rs.getLong("id"), rs.getString("title"),
                        rs.getString("snippet"), "sources/" + rs.getLong("id")))
                .list();
    }

    private List<SearchHit> verdicts(String words) {
        return byWords(firstMatchesIn("verdict_rationale") + """
                select v.id, v.claim_id, v.rating_label || ': ' || c.text as title,
                       ts_headline('simple', v.rationale, q.query, :options) as snippet
                from matches join verdict_rationale v on v.id = matches.id join claim_statement c on c.id = v.claim_id, q
                order by ts_rank(v.search_vector, q.query) desc, v.id
                limit :limit
                """, words)
                .query((rs, row) -> new SearchHit(SearchHitType.VERDICT, rs.getLong("id"), rs.getString("title"),
                        rs.getString("snippet"), "claims/" + rs.getLong("claim_id")))
                .list();
    }

    /**
     * The search's tsquery as {@code q}, and as {@code matches} the first {@link #RANKED} rows of the
     * table it matches: what each kind then ranks.
     */
    private static String firstMatchesIn(String table) {
        return """
                with q as (select websearch_to_tsquery('query_words', :words) as query),
                matches as (
                    select t.id from %s t, q
                    where t.search_vector @@ q.query
                    limit :ranked
                )
                """.formatted(table);
    }

    /** A statement over {@link #firstMatchesIn}, with the parameters every kind of search takes. */
    private JdbcClient.StatementSpec byWords(String sql, String words) {
        return jdbc.sql(sql)
                .param("words", words)
                .param("options", HEADLINE_OPTIONS)
                .param("limit", PER_TYPE)
                .param("ranked", RANKED);
    }
}
