package org.factcheck.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factcheck.claim.ClaimConditions;
import org.factcheck.claim.Overdue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures' SQL, over the views other modules offer: the claim module's {@code claim_work}, the verdict
 * module's {@code verdict_timeline}, {@code public_correction}, {@code public_fact_check}, {@code rating_label}
 * and {@code rating_on_scale}, the account module's {@code reviewer_username}. Each period is a range of an
 * index of V321 (or a partial index over open claims), so a figure reads what happened in the period, not a
 * million claims. Durations are in hours, percentiles {@code percentile_cont}'s (interpolated). Public (its
 * statements) so that bench/figures times exactly these.
 */
@Component
public class FigureQueries {

    /** One statement with its parameters, for the benchmark. */
    public record Query(String name, String sql, Map<String, Object> parameters) {
    }

    private static final String HOURS = "extract(epoch from (%s)) / 3600";

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every statement the desk's figures run for this period, in the order they are shown. */
    public static List<Query> desk(Period period) {
        Map<String, Object> range = Map.of("from", period.start(), "to", period.end());
        Map<String, Object> grouped = new LinkedHashMap<>(range);
        grouped.put("unit", period.grouping().sqlUnit());
        return List.of(
                new Query("published per " + period.grouping().sqlUnit(), """
                        select (date_trunc(:unit, t.first_published_at, 'UTC') at time zone 'UTC')::date as group_start,
                               count(*) as n
                        from verdict_timeline t
                        where t.first_published_at >= :from and t.first_published_at < :to
                        group by 1 order by 1""", grouped),
                new Query("ratings", """
                        select r.label, count(t.verdict_id) as n
                        from rating_label r
                        left join verdict_timeline t on t.rating_position = r.position and t.status = 'PUBLISHED'
                             and t.first_published_at >= :from and t.first_published_at < :to
                        group by r.position, r.label order by r.position""", range),
                new Query(Figures.TIME_TO_DRAFT, durations("t.drafted_at - t.claim_entered_at", """
                        from verdict_timeline t
                        where t.drafted_at >= :from and t.drafted_at < :to"""), range),
                new Query(Figures.TIME_TO_PUBLICATION, durations("t.first_published_at - t.claim_entered_at", """
                        from verdict_timeline t
                        where t.first_published_at >= :from and t.first_published_at < :to"""), range),
                new Query(Figures.CORRECTIONS, durations("k.published_at - t.first_published_at", """
                        from public_correction k join verdict_timeline t on t.verdict_id = k.verdict_id
                        where k.published_at >= :from and k.published_at < :to"""), range),
                new Query(Figures.RETRACTIONS, durations("t.retracted_at - t.first_published_at", """
                        from verdict_timeline t
                        where t.retracted_at >= :from and t.retracted_at < :to"""), range),
                new Query("reviewers: open claims", """
                        select c.assignee_id as reviewer_id, count(*) as open,
                               count(*) filter (where c.due_date < :today) as overdue
                        from claim_work c
                        where c.assignee_id is not null and %s
                        group by c.assignee_id""".formatted(ClaimConditions.unfinished("c")), Map.of("today", Overdue.today())),
                new Query("reviewers: written and published", """
                        select t.author_id as reviewer_id, count(*) as n
                        from verdict_timeline t
                        where t.author_id is not null and t.first_published_at >= :from and t.first_published_at < :to
                        group by t.author_id""", range),
                new Query("reviewers: published as editor", """
                        select t.reviewer_id, count(*) as n
                        from verdict_timeline t
                        where t.reviewer_id is not null and t.first_published_at >= :from and t.first_published_at < :to
                        group by t.reviewer_id""", range),
                new Query("check-worthy claims still open", """
                        select count(*) as now, count(*) filter (where c.created_at >= :from and c.created_at < :to) as entered
                        from claim_work c
                        where c.check_worthiness = 'HIGH' and %s""".formatted(ClaimConditions.unfinished("c")), range));
    }

    private static String durations(String duration, String fromWhere) {
        String hours = HOURS.formatted(duration);
        return """
                select count(*) as n,
                       percentile_cont(0.5) within group (order by %1$s) as median_hours,
                       percentile_cont(0.9) within group (order by %1$s) as p90_hours
                %2$s""".formatted(hours, fromWhere);
    }

    Figures figures(Period period) {
        List<Query> queries = desk(period);
        Map<LocalDate, Long> published = new TreeMap<>();
        run(queries.get(0)).forEach(row -> published.put(((java.sql.Date) row.get("group_start")).toLocalDate(),
                ((Number) row.get("n")).longValue()));
        List<Figures.Count> perGroup = new ArrayList<>();
        for (LocalDate start = period.grouping().start(period.from()); !start.isAfter(period.to());
                start = period.grouping().next(start)) {
            perGroup.add(new Figures.Count(period.grouping().label(start), published.getOrDefault(start, 0L)));
        }
        List<Figures.Count> ratings = counts(queries.get(1));
        List<Figures.Duration> times = List.of(duration(queries.get(2)), duration(queries.get(3)));
        List<Figures.Duration> amendments = List.of(duration(queries.get(4)), duration(queries.get(5)));
        Map<Long, long[]> work = new TreeMap<>();
        run(queries.get(6)).forEach(row -> {
            long[] counts = work.computeIfAbsent(((Number) row.get("reviewer_id")).longValue(), id -> new long[4]);
            counts[0] = ((Number) row.get("open")).longValue();
            counts[1] = ((Number) row.get("overdue")).longValue();
        });
        for (int part = 2; part <= 3; part++) {
            int column = part;
            run(queries.get(5 + part)).forEach(row -> work.computeIfAbsent(((Number) row.get("reviewer_id")).longValue(),
                    id -> new long[4])[column] = ((Number) row.get("n")).longValue());
        }
        Map<Long, String> names = usernames(work.keySet());
        List<Figures.ReviewerWork> reviewers = work.entrySet().stream()
                .map(entry -> new Figures.ReviewerWork(names.getOrDefault(entry.getKey(), "#" + entry.getKey()),
                        entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], entry.getValue()[3]))
                .sorted(java.util.Comparator.comparing(Figures.ReviewerWork::reviewer)).toList();
        Map<String, Object> open = run(queries.get(9)).getFirst();
        return new Figures(period, perGroup, ratings, times, amendments, reviewers,
                new Figures.CheckWorthyOpen(((Number) open.get("now")).longValue(), ((Number) open.get("entered")).longValue()));
    }

    /** Every statement the transparency page runs: over public_fact_check and public_correction only. */
    public static List<Query> transparency() {
        return List.of(
                new Query("public: published per month", """
                        select to_char(date_trunc('month', f.published_at, 'UTC') at time zone 'UTC', 'YYYY-MM') as label,
                               count(*) as n
                        from public_fact_check f
                        group by 1 order by 1""", Map.of()),
                new Query("public: ratings", """
                        select r.label, count(f.verdict_id) as n
                        from rating_on_scale r
                        left join public_fact_check f on f.rating_id = r.id and f.status = 'PUBLISHED'
                        group by r.position, r.label, r.id order by r.position, r.id""", Map.of()),
                new Query(Figures.CORRECTIONS, durations("k.published_at - f.published_at", """
                        from public_correction k join public_fact_check f on f.verdict_id = k.verdict_id"""), Map.of()),
                new Query(Figures.RETRACTIONS, durations("f.retracted_at - f.published_at", """
                        from public_fact_check f where f.status = 'RETRACTED'"""), Map.of()));
    }

    /** The published-data figures of the transparency page: nothing a draft, a review or an account could show. */
    Transparency publicFigures() {
        List<Query> queries = transparency();
        return new Transparency(fillMonths(counts(queries.get(0))), counts(queries.get(1)),
                List.of(duration(queries.get(2)), duration(queries.get(3))));
    }

    private List<Figures.Count> counts(Query query) {
        return jdbc.sql(query.sql()).params(query.parameters())
                .query((row, n) -> new Figures.Count(row.getString("label"), row.getLong("n"))).list();
    }

    /** Every month from the first publication to the last, with none published as 0. */
    private static List<Figures.Count> fillMonths(List<Figures.Count> perMonth) {
        if (perMonth.isEmpty()) {
            return perMonth;
        }
        Map<String, Long> counted = new LinkedHashMap<>();
        perMonth.forEach(month -> counted.put(month.label(), month.count()));
        List<Figures.Count> all = new ArrayList<>();
        LocalDate last = LocalDate.parse(perMonth.getLast().label() + "-01");
        for (LocalDate month = LocalDate.parse(perMonth.getFirst().label() + "-01"); !month.isAfter(last); month = month.plusMonths(1)) {
            String label = Grouping.MONTH.label(month);
            all.add(new Figures.Count(label, counted.getOrDefault(label, 0L)));
        }
        return all;
    }

    private Map<Long, String> usernames(java.util.Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, username from reviewer_username where id in (:ids)").param("ids", ids)
                .query((row, n) -> names.put(row.getLong("id"), row.getString("username"))).list();
        return names;
    }

    private Figures.Duration duration(Query query) {
        return jdbc.sql(query.sql()).params(query.parameters()).query((row, n) -> new Figures.Duration(query.name(),
                row.getLong("n"), row.getObject("median_hours", Double.class), row.getObject("p90_hours", Double.class))).single();
    }

    private List<Map<String, Object>> run(Query query) {
        return jdbc.sql(query.sql()).params(query.parameters()).query().listOfRows();
    }
}
