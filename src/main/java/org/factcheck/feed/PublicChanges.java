package org.factcheck.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrections log as the public reads it: every publication, correction and retraction in the order
 * they were committed. The database numbers the records while holding the log's head row (V131), so a
 * record still to commit never gets a number below one a reader has already seen: a cursor walk by
 * sequence never skips or repeats one.
 */
@Service
@Transactional(readOnly = true)
public class PublicChanges {

    private static final String RECORDS = """
            select sequence, kind, claim_id, public_record_time(recorded_at) as recorded_at, headline, rating_label, rationale,
                   note, content_sha256, previous_sha256, previous_in_fact_check_sha256, sha256
            from public_record""";

    private final JdbcClient jdbc;
    private final PublicationSettings publication;

    PublicChanges(JdbcClient jdbc, PublicationSettings publication) {
        this.jdbc = jdbc;
        this.publication = publication;
    }

    /** Up to {@code limit} records after the cursor's, oldest first. */
    Dated<Change.Page> after(Paging paging) {
        long after = paging.isFirstPage() ? 0 : paging.after(1)[0];
        List<Change> rows = jdbc.sql(RECORDS + " where sequence > :after order by sequence limit :limit")
                .param("after", after).param("limit", paging.limit() + 1).query(this::change).list();
        boolean more = rows.size() > paging.limit();
        List<Change> shown = more ? rows.subList(0, paging.limit()) : rows;
        String next = Cursor.encode(shown.isEmpty() ? after : shown.getLast().sequence());
        return new Dated<>(new Change.Page(shown, next, more), lastRecorded());
    }

    /** The corrections and retractions, newest first, for the public corrections page. */
    public List<Change> correctionsAndRetractions(int limit) {
        return jdbc.sql(RECORDS + " where kind <> 'PUBLISHED' order by sequence desc limit :limit")
                .param("limit", limit).query(this::change).list();
    }

    /** Every record of one fact-check, oldest first, for its page. */
    public List<Change> of(long factCheckId) {
        return jdbc.sql(RECORDS + " where claim_id = :id order by sequence").param("id", factCheckId).query(this::change).list();
    }

    /** When the log last grew: the Last-Modified of its pages. */
    Instant lastRecorded() {
        return jdbc.sql("select coalesce(max(recorded_at), 'epoch') from public_record").query(OffsetDateTime.class).single()
                .toInstant();
    }

    private Change change(ResultSet rs, int rowNumber) throws SQLException {
        long factCheckId = rs.getLong("claim_id");
        return new Change(rs.getLong("sequence"), rs.getString("kind"), factCheckId,
                publication.factCheckUrl(factCheckId, rs.getString("headline")), rs.getString("recorded_at"),
                rs.getString("headline"), rs.getString("rating_label"), rs.getString("rationale"), rs.getString("note"),
                rs.getString("content_sha256"), rs.getString("previous_sha256"), rs.getString("previous_in_fact_check_sha256"),
                rs.getString("sha256"));
    }
}
