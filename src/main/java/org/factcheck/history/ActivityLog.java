package org.factcheck.history;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.base.SqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The activity log's query, in SQL over Envers' audit tables: one branch per kind of record (only
 * the kinds the filter asks for), joined with the revisions, one line per revision and page. Newest first by revision number, which
 * the audit tables' primary keys (rev, id) serve; the next page is read after the last line shown (by
 * revision, kind and page), so a page stays quick however long the history and however deep the reader scrolls.
 */
@Component
class ActivityLog {

    private final JdbcClient jdbc;

    ActivityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ActivityEntry> find(ActivityFilter filter, Pageable page) {
        return find(filter, null, page.getOffset(), page.getPageSize());
    }

    /**
     * The {@code limit} lines after the line {@code after} (keyset paging: page 100 costs what page 1 does),
     * or, when the line before is not known (a jump down the list), at {@code offset}. Lines are ordered
     * by revision, newest first, then by the kind of record the line leads with, then by page.
     */
    List<ActivityEntry> find(ActivityFilter filter, ActivityEntry after, long offset, int limit) {
        SqlConditions period = period(filter, "");
        SqlConditions lines = new SqlConditions()
                .addIfGiven(filter.reviewer(), "r.reviewer = :reviewer", "reviewer")
                .and(period(filter, "r."));
        // A period picks its revisions first (revision_revised_at_idx), then each audit table's rows by
        // its primary key (rev, id): reading every table newest first until the period came up took
        // 0.4 s for a day in 2022 among 3.3 million audit rows (docs/benchmarks.md, section 13).
        SqlConditions audited = new SqlConditions();
        if (!period.isEmpty()) {
            audited.add("a.rev in (select id from revision " + period.where() + ")", period.parameters());
        }
        SqlConditions groups = new SqlConditions();
        if (after != null) {
            // After a line, each table is read from that revision down, by the same key, and the revisions too.
            // The bound goes on the union, not inside each branch: inside, PostgreSQL planned the branches on
            // their own (sequential scans, every title computed) and page 100 took minutes at full scale.
            lines.add("c.rev <= :afterRevision and r.id <= :afterRevision", "afterRevision", after.revision());
            groups.add("(r.id < :afterRevision or (r.id = :afterRevision and (min(c.kind), c.page) > (:afterKind, :afterPage)))",
                    "afterRevision", after.revision(), "afterKind", after.type().ordinal(), "afterPage", after.page());
        }
        List<String> branches = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            if (filter.type() == null || filter.type() == type) {
                branches.add("select a.rev, " + type.ordinal() + " as kind, a.id, a.revtype, " + type.page + " as page, "
                        + type.pageTitle + " as title from " + type.auditTable + " a " + audited.where());
            }
        }
        // One line per revision and page; the record the page is about (the lowest kind) leads it.
        String sql = "select r.id, r.revised_at, r.reviewer, r.reason, c.page,\n"
                + "       (array_agg(c.kind order by c.kind, c.id))[1] as kind,\n"
                + "       (array_agg(c.id order by c.kind, c.id))[1] as record_id,\n"
                + "       (array_agg(c.revtype order by c.kind, c.id))[1] as revtype,\n"
                + "       (array_agg(c.title order by c.kind, c.id))[1] as title,\n"
                + "       array_agg(c.kind order by c.kind, c.id) as kinds, array_agg(c.revtype order by c.kind, c.id) as revtypes\n"
                + "from (" + String.join("\n union all ", branches) + ") c\n"
                + "join revision r on r.id = c.rev\n"
                + lines.where()
                + "group by r.id, r.revised_at, r.reviewer, r.reason, c.page\n"
                + (groups.isEmpty() ? "" : "having " + String.join(" and ", groups.conditions()) + "\n")
                + "order by r.id desc, min(c.kind), c.page limit :limit offset :offset";
        SqlConditions all = lines.and(audited).and(groups)
                .bind("limit", limit)
                .bind("offset", after == null ? offset : 0);
        return jdbc.sql(sql).params(all.parameters()).query((row, n) -> new ActivityEntry(row.getLong("id"),
                row.getTimestamp("revised_at").toInstant(), row.getString("reviewer"), row.getString("reason"),
                RecordType.values()[row.getInt("kind")], row.getLong("record_id"), row.getString("title"),
                ChangeKind.of(row.getInt("revtype")),
                alsoChanged((Number[]) row.getArray("kinds").getArray(), (Number[]) row.getArray("revtypes").getArray()),
                row.getString("page"))).list();
    }

    /** The records after the first, counted by kind and change: "31 aliases added, 1 alias deleted". */
    private static String alsoChanged(Number[] kinds, Number[] revtypes) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        Map<String, RecordType> types = new HashMap<>();
        for (int i = 1; i < kinds.length; i++) {
            String key = kinds[i].intValue() + ":" + revtypes[i].intValue();
            counts.merge(key, 1L, Long::sum);
            types.put(key, RecordType.values()[kinds[i].intValue()]);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((key, count) -> parts.add(types.get(key).count(count) + " "
                + ChangeKind.of(Integer.parseInt(key.substring(key.indexOf(':') + 1))).name().toLowerCase(java.util.Locale.ROOT)));
        return String.join(", ", parts);
    }

    List<String> reviewers() {
        return jdbc.sql("select distinct reviewer from revision order by reviewer").query(String.class).list();
    }

    /** The filter's days as conditions on the revision's time, {@code revision} its alias with a dot (or nothing). */
    private static SqlConditions period(ActivityFilter filter, String revision) {
        return new SqlConditions()
                .addIfGiven(filter.from() == null ? null : startOf(filter.from()), revision + "revised_at >= :from", "from")
                .addIfGiven(filter.to() == null ? null : startOf(filter.to().plusDays(1)), revision + "revised_at < :to", "to");
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
