package org.factcheck.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL over the archive's own tables, reading the evidence through the views the verdict module
 * offers ({@code evidence_item}, {@code publication_evidence}) and sources' addresses through
 * {@code source_listing}.
 */
@Repository
class ArchiveStore {

    private static final String COLUMNS = """
            select c.id, c.url, c.final_url, c.http_status, c.sha256, a.content_type, c.taken_at, c.taken_by, c.uploaded,
                   case when %1$s is null or a.text is null then null
                        else position(lower(%1$s) in lower(a.text)) > 0 end as quote_found
            """;
    /** The address an item of evidence cites: its own, or its source's. */
    private static final String CITED = """
            select e.id, coalesce(e.url, s.url) as url, e.quote
            from evidence_item e left join source_listing s on s.id = e.source_id
            """;

    private final JdbcClient jdbc;
    private final CopyFolder folder;

    ArchiveStore(JdbcClient jdbc, CopyFolder folder) {
        this.jdbc = jdbc;
        this.folder = folder;
    }

    /** Keeps the copy (once per hash) and its capture in one statement: one commit, one flush of the log. */
    long save(String url, FetchedPage page, String sha256, String text, String by, boolean uploaded) {
        if (folder.inUse()) {
            folder.keep(sha256, page.body());
        }
        return jdbc.sql("""
                with copy as (
                    insert into archived_copy (sha256, content, kept_in, size, content_type, text)
                    values (:sha, :content, :keptIn, :size, :type, :text)
                    on conflict (sha256) do nothing)
                insert into archive_capture (url, final_url, http_status, sha256, taken_by, uploaded)
                values (:url, :final, :status, :sha, :by, :uploaded) returning id""")
                .param("sha", sha256).param("content", folder.inUse() ? null : page.body())
                .param("keptIn", folder.inUse() ? "FOLDER" : "DATABASE").param("size", page.body().length)
                .param("type", page.contentType()).param("text", text)
                .param("url", url).param("final", page.finalUrl()).param("status", page.status())
                .param("by", by).param("uploaded", uploaded)
                .query(Long.class).single();
    }

    /** The latest capture of the URL, with the quote checked against its text. */
    Optional<ArchivedCapture> latest(String url, String quote) {
        return jdbc.sql(COLUMNS.formatted("cast(:quote as text)") + """
                from archive_capture c join archived_copy a on a.sha256 = c.sha256
                where c.url = :url order by c.taken_at desc, c.id desc limit 1""")
                .param("url", url).param("quote", quote).query(ArchiveStore::capture).optional();
    }

    /** The captures pinned to a publication, by the evidence's position, the quote checked as it was published. */
    Map<Integer, ArchivedCapture> pinned(long publicationId) {
        Map<Integer, ArchivedCapture> pinned = new TreeMap<>();
        jdbc.sql(COLUMNS.formatted("e.quote") + """
                , p.position
                from archive_pin p
                join archive_capture c on c.id = p.capture_id
                join archived_copy a on a.sha256 = c.sha256
                join publication_evidence e on e.publication_id = p.publication_id and e.position = p.position
                where p.publication_id = :publication""")
                .param("publication", publicationId)
                .query((rs, n) -> pinned.put(rs.getInt("position"), capture(rs, n))).list();
        return pinned;
    }

    /**
     * Pins the latest good copy of each cited address to the verdict's latest published version, where
     * that version has none yet: for copies taken just after publishing.
     */
    int pinToLatestPublication(long verdictId) {
        return jdbc.sql("""
                insert into archive_pin (publication_id, position, capture_id)
                select e.publication_id, e.position, c.id
                from publication_evidence e
                cross join lateral (
                    select c.id from archive_capture c
                    where c.url = coalesce(e.url, (select s.url from source_listing s where s.id = e.source_id))
                      and c.http_status between 200 and 299
                    order by c.taken_at desc, c.id desc limit 1) c
                where e.publication_id = (select max(publication_id) from publication_evidence where verdict_id = :verdict)
                on conflict do nothing""")
                .param("verdict", verdictId).update();
    }

    /** A copy's content if a capture of it is pinned to a version of a fact-check the public may read. */
    Optional<PublicCopy> publicCopy(long captureId) {
        return jdbc.sql("""
                select c.url, c.final_url, c.taken_at, a.content_type, a.content, c.sha256
                from archive_capture c join archived_copy a on a.sha256 = c.sha256
                where c.id = :id and exists (
                    select 1 from archive_pin p
                    join publication_evidence e on e.publication_id = p.publication_id and e.position = p.position
                    where p.capture_id = c.id and e.verdict_status in ('PUBLISHED', 'RETRACTED'))""")
                .param("id", captureId)
                .query((rs, n) -> new PublicCopy(rs.getString("url"), rs.getString("final_url"),
                        rs.getTimestamp("taken_at").toInstant(), rs.getString("content_type"),
                        content(rs.getBytes("content"), rs.getString("sha256")), rs.getString("sha256")))
                .optional();
    }

    private byte[] content(byte[] inDatabase, String sha256) {
        return inDatabase != null ? inDatabase : folder.read(sha256);
    }

    /** The pages a verdict's evidence cites. */
    List<CitedPage> citedBy(long verdictId) {
        return jdbc.sql(CITED + " where e.verdict_id = :verdict and coalesce(e.url, s.url) is not null order by e.position, e.id")
                .param("verdict", verdictId).query(ArchiveStore::cited).list();
    }

    /** The addresses of the sources the claim appears in, those that have one. */
    List<String> sourcePagesOf(long claimId) {
        return jdbc.sql("""
                select distinct s.url from claim_appearance a join source_listing s on s.id = a.source_id
                where a.claim_id = :claim and s.url is not null order by s.url""")
                .param("claim", claimId).query(String.class).list();
    }

    /**
     * Cited pages not checked since {@code before}, at most one per host and none of the hosts that must
     * wait: never-checked first, then the longest unchecked. One page per host keeps a site cited a thousand
     * times from holding up every other site's turn.
     */
    List<CitedPage> dueForCheck(Instant before, Collection<String> waitingHosts, int limit) {
        return jdbc.sql("""
                select id, url, quote from (
                    select distinct on (host) e.id, coalesce(e.url, s.url) as url, e.quote, l.checked_at, host
                    from evidence_item e left join source_listing s on s.id = e.source_id
                    left join link_check l on l.evidence_id = e.id
                    cross join lateral (select lower(substring(coalesce(e.url, s.url) from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)')) as host) h
                    where coalesce(e.url, s.url) is not null and (l.checked_at is null or l.checked_at < :before)
                      and not coalesce(host = any(string_to_array(:waiting, ' ')), false)
                    order by host, l.checked_at nulls first, e.id) due
                order by checked_at nulls first, id limit :limit""")
                .param("before", Timestamp.from(before)).param("waiting", String.join(" ", waitingHosts))
                .param("limit", limit).query(ArchiveStore::cited).list();
    }

    /** Records a check; a problem keeps the time it was first seen until the page is fine again. */
    void recordCheck(CitedPage page, Instant at, Integer status, LinkCheck.Problem problem, String detail) {
        jdbc.sql("""
                insert into link_check (evidence_id, url, checked_at, http_status, problem, detail, flagged_since)
                values (:evidence, :url, :at, :status, :problem, :detail, case when cast(:problem as text) is null then null else cast(:at as timestamptz) end)
                on conflict (evidence_id) do update set url = excluded.url, checked_at = excluded.checked_at,
                    http_status = excluded.http_status, problem = excluded.problem, detail = excluded.detail,
                    flagged_since = case when excluded.problem is null then null
                                         else coalesce(link_check.flagged_since, excluded.flagged_since) end""")
                .param("evidence", page.evidenceId()).param("url", page.url()).param("at", Timestamp.from(at))
                .param("status", status).param("problem", problem == null ? null : problem.name()).param("detail", detail)
                .update();
    }

    /** The last check of each of these items of evidence, by evidence id. */
    Map<Long, LinkCheck> checksOf(Collection<Long> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from link_check where evidence_id in (:ids)").param("ids", evidenceIds)
                .query(ArchiveStore::check).list().stream()
                .collect(Collectors.toMap(LinkCheck::evidenceId, Function.identity()));
    }

    /** Evidence the watch flagged, the newest flags first. */
    List<FlaggedEvidence> flagged(int limit) {
        return jdbc.sql("""
                select l.*, v.claim_id, c.text as claim_text, e.quote
                from link_check l
                join evidence_item e on e.id = l.evidence_id
                join verdict_summary v on v.id = e.verdict_id
                join claim_statement c on c.id = v.claim_id
                where l.problem is not null
                order by l.flagged_since desc, l.evidence_id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new FlaggedEvidence(check(rs, n), rs.getLong("claim_id"), rs.getString("claim_text"),
                        rs.getString("quote")))
                .list();
    }

    private static CitedPage cited(ResultSet rs, int row) throws SQLException {
        return new CitedPage(rs.getLong("id"), rs.getString("url"), rs.getString("quote"));
    }

    private static LinkCheck check(ResultSet rs, int row) throws SQLException {
        String problem = rs.getString("problem");
        Timestamp flagged = rs.getTimestamp("flagged_since");
        return new LinkCheck(rs.getLong("evidence_id"), rs.getString("url"), rs.getTimestamp("checked_at").toInstant(),
                (Integer) rs.getObject("http_status"), problem == null ? null : LinkCheck.Problem.valueOf(problem),
                rs.getString("detail"), flagged == null ? null : flagged.toInstant());
    }

    private static ArchivedCapture capture(ResultSet rs, int row) throws SQLException {
        return new ArchivedCapture(rs.getLong("id"), rs.getString("url"), rs.getString("final_url"),
                rs.getInt("http_status"), rs.getString("sha256"), rs.getString("content_type"),
                rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by"), rs.getBoolean("uploaded"),
                (Boolean) rs.getObject("quote_found"));
    }
}
