package org.factcheck.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL over the archive's own tables. */
@Repository
class ArchiveStore {

    private static final String COLUMNS = """
            select c.id, c.url, c.final_url, c.http_status, c.sha256, a.content_type, c.taken_at, c.taken_by, c.uploaded,
                   case when %1$s is null or a.text is null then null
                        else position(lower(%1$s) in lower(a.text)) > 0 end as quote_found
            """;

    private final JdbcClient jdbc;

    ArchiveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long save(String url, FetchedPage page, String sha256, String text, String by, boolean uploaded) {
        jdbc.sql("""
                insert into archived_copy (sha256, content, content_type, text) values (:sha, :content, :type, :text)
                on conflict (sha256) do nothing""")
                .param("sha", sha256).param("content", page.body()).param("type", page.contentType()).param("text", text)
                .update();
        return jdbc.sql("""
                insert into archive_capture (url, final_url, http_status, sha256, taken_by, uploaded)
                values (:url, :final, :status, :sha, :by, :uploaded) returning id""")
                .param("url", url).param("final", page.finalUrl()).param("status", page.status())
                .param("sha", sha256).param("by", by).param("uploaded", uploaded)
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

    /** A copy's content if a capture of it is pinned to a version of a verdict that is published now. */
    Optional<PublicCopy> publicCopy(long captureId) {
        return jdbc.sql("""
                select c.url, c.final_url, c.taken_at, a.content_type, a.content, c.sha256
                from archive_capture c join archived_copy a on a.sha256 = c.sha256
                where c.id = :id and exists (
                    select 1 from archive_pin p
                    join publication_evidence e on e.publication_id = p.publication_id and e.position = p.position
                    where p.capture_id = c.id and e.verdict_status = 'PUBLISHED')""")
                .param("id", captureId)
                .query((rs, n) -> new PublicCopy(rs.getString("url"), rs.getString("final_url"),
                        rs.getTimestamp("taken_at").toInstant(), rs.getString("content_type"), rs.getBytes("content"),
                        rs.getString("sha256")))
                .optional();
    }

    private static ArchivedCapture capture(ResultSet rs, int row) throws SQLException {
        return new ArchivedCapture(rs.getLong("id"), rs.getString("url"), rs.getString("final_url"),
                rs.getInt("http_status"), rs.getString("sha256"), rs.getString("content_type"),
                rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by"), rs.getBoolean("uploaded"),
                (Boolean) rs.getObject("quote_found"));
    }
}
