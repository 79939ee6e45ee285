package org.factcheck.history;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The activity log's query, in SQL over Envers' audit tables: one branch per kind of record (only
 * the kinds the filter asks for), joined with the revisions, one line per revision and page. Newest first by revision number, which
 * the audit tables' primary keys (rev, id) serve, so a page stays quick however long the history.
 */
@Component
class ActivityLog {

    private final JdbcClient jdbc;

    ActivityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ActivityEntry> find(ActivityFilter filter, Pageable page) {
        List<String> conditions = new ArrayList<>();
        List<String> period = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.reviewer() != null && !filter.reviewer().isBlank()) {
            conditions.add("r.reviewer = :reviewer");
            parameters.put("reviewer", filter.reviewer());
        }
        if (filter.from() != null) {
            period.add("revised_at >= :from");
            parameters.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            period.add("revised_at < :to");
            parameters.put("to", startOf(filter.to().plusDays(1)));
        }
        conditions.addAll(period.stream().map(condition -> "r." + condition).toList());
        // A period picks its revisions first (revision_revised_at_idx), then each audit table's rows by
        // its primary key (rev, id): reading every table newest first until the period came up took
        // 0.4 s for a day in 2022 among 3.3 million audit rows (docs/benchmarks.md, section 13).
        String inPeriod = period.isEmpty() ? ""
                : " where a.rev in (select id from revision where " + String.join(" and ", period) + ")";
        List<String> branches = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            if (filter.type() == null || filter.type() == type) {
                branches.add("select a.rev, " + type.ordinal() + " as kind, a.id, a.revtype, " + type.page + " as page, "
                        + type.pageTitle + " as title from " + type.auditTable + " a" + inPeriod);
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
                + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n")
                + "group by r.id, r.revised_at, r.reviewer, r.reason, c.page\n"
                + "order by r.id desc, min(c.kind), c.page limit :limit offset :offset";
        parameters.put("limit", page.getPageSize());
        parameters.put("offset", page.getOffset());
        return jdbc.sql(sql).params(parameters).query((row, n) -> new ActivityEntry(row.getLong("id"),
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

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
