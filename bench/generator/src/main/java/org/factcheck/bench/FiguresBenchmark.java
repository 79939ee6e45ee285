package org.factcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimPage;
import org.factcheck.claim.ClaimSummaries;
import org.factcheck.figures.FigureQueries;
import org.factcheck.figures.Grouping;
import org.factcheck.figures.Period;
import org.flywaydb.core.Flyway;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Times the desk's figures ({@link FigureQueries#desk}, for three periods), the transparency page's
 * ({@link FigureQueries#transparency}) and the claims grid's due-date order and Overdue filter on a
 * database filled by bench/generate: p50/p95 of the round trip, the server's time from EXPLAIN (ANALYZE,
 * BUFFERS) and the indexes used; the plans go to target/figures-plans.txt.
 *
 * <p>The generator writes no workflow record, accounts, assignments or due dates, which these figures count;
 * so first, once, it adds them to the generated desk as the app would have written them: each generated
 * verdict's first step (drafted when the verdict was created), its first publication (when it was
 * published), one correction for every 33rd published verdict, 30 reviewer accounts who wrote and published
 * the verdicts, and a due date and an assignee on every 20th claim (without the corrections log's records of
 * those publications, which the figures do not read). The migrations run first (V320, V321).
 */
public final class FiguresBenchmark {

    public static void main(String[] args) throws SQLException, IOException {
        Map<String, String> options = ClaimsGridBenchmark.options(args);
        Flyway.configure().dataSource(options.get("--jdbc-url"), options.get("--user"),
                System.getenv().getOrDefault("PGPASSWORD", "")).locations("filesystem:db-migrations").load().migrate();
        int runs = Integer.parseInt(options.get("--runs"));
        StringBuilder plans = new StringBuilder();
        try (Connection connection = ClaimsGridBenchmark.connect(options)) {
            addWorkflowRecord(connection);
            System.out.printf("%-72s %9s %9s %9s  %s%n", "query", "p50 ms", "p95 ms", "server ms", "indexes used");
            for (Map.Entry<String, Named> named : queries(connection).entrySet()) {
                ParsedSql parsed = NamedParameterUtils.parseSqlStatement(named.getValue().sql());
                MapSqlParameterSource values = new MapSqlParameterSource(named.getValue().parameters());
                String sql = NamedParameterUtils.substituteNamedParameters(parsed, values);
                List<Object> parameters = Arrays.asList(NamedParameterUtils.buildValueArray(parsed, values, null));
                double[] millis = ClaimsGridBenchmark.time(connection, sql, parameters, runs);
                String plan = ClaimsGridBenchmark.explain(connection, sql, parameters);
                Matcher executionTime = ClaimsGridBenchmark.EXECUTION_TIME.matcher(plan);
                System.out.printf(Locale.ENGLISH, "%-72s %9.1f %9.1f %9s  %s%n", named.getKey(),
                        ClaimsGridBenchmark.percentile(millis, 50), ClaimsGridBenchmark.percentile(millis, 95),
                        executionTime.find() ? executionTime.group(1) : "-", ClaimsGridBenchmark.indexes(plan));
                plans.append("-- ").append(named.getKey()).append(", parameters ").append(parameters).append('\n')
                        .append(sql).append(";\n").append(plan).append('\n');
            }
        }
        Files.writeString(Path.of("target/figures-plans.txt"), plans);
    }

    private record Named(String sql, Map<String, Object> parameters) {
    }

    private static Map<String, Named> queries(Connection connection) throws SQLException {
        Map<String, Named> queries = new LinkedHashMap<>();
        for (Period period : List.of(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Grouping.WEEK),
                new Period(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), Grouping.WEEK),
                new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31), Grouping.MONTH))) {
            String which = period.from() + "–" + period.to() + " by " + period.grouping().name().toLowerCase(Locale.ROOT);
            for (FigureQueries.Query query : FigureQueries.desk(period)) {
                queries.put(query.name() + ", " + which, new Named(query.sql(), query.parameters()));
            }
        }
        for (FigureQueries.Query query : FigureQueries.transparency()) {
            queries.put(query.name() + (query.name().startsWith("public") ? "" : " (public)"),
                    new Named(query.sql(), query.parameters()));
        }
        ClaimFilter none = ClaimFilter.none();
        for (Sort.Direction direction : Sort.Direction.values()) {
            Sort byDue = Sort.by(direction, "dueDate");
            String name = direction == Sort.Direction.ASC ? "" : ", descending";
            queries.put("grid: first page by due date" + name, grid(ClaimSummaries.query(none, byDue, null, 0, 50)));
            queries.put("grid: page 1,000 by key, by due date" + name, grid(pageAfter(connection, none, byDue)));
        }
        queries.put("grid: overdue, latest changed first", grid(ClaimSummaries.query(none.onlyOverdue(), Sort.unsorted(), null, 0, 50)));
        queries.put("grid: overdue, by due date", grid(ClaimSummaries.query(none.onlyOverdue(), Sort.by("dueDate"), null, 0, 50)));
        queries.put("count: overdue (dashboard tile, exact up to 10,001)", grid(ClaimSummaries.countQuery(none.onlyOverdue())));
        return queries;
    }

    private static Named grid(ClaimSummaries.Query query) {
        return new Named(query.sql(), query.parameters());
    }

    /** Page 1,000's query as the grid reads it after scrolling there: after the last claim of page 999. */
    private static ClaimSummaries.Query pageAfter(Connection connection, ClaimFilter filter, Sort sort) throws SQLException {
        ClaimSummaries.Query before = ClaimSummaries.query(filter, sort, null, 999 * 50 - 1, 1);
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(before.sql());
        MapSqlParameterSource values = new MapSqlParameterSource(before.parameters());
        try (var statement = connection.prepareStatement(NamedParameterUtils.substituteNamedParameters(parsed, values))) {
            Object[] parameters = NamedParameterUtils.buildValueArray(parsed, values, null);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var row = statement.executeQuery()) {
                row.next();
                ClaimPage.Key key = ClaimSummaries.keyOf(row);
                return ClaimSummaries.query(filter, sort, key, 0, 50);
            }
        }
    }

    /** What the generator does not write and the figures count (see the class comment); once per database. */
    private static void addWorkflowRecord(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            var done = statement.executeQuery("select exists (select 1 from reviewer where username = 'bench-reviewer-1')");
            done.next();
            if (done.getBoolean(1)) {
                return;
            }
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            List<String> steps = new ArrayList<>(List.of("""
                    INSERT INTO reviewer (username, display_name, password_hash, role, created_by, updated_by)
                    SELECT 'bench-reviewer-' || n, 'Bench reviewer ' || n, '{noop}not-a-password',
                           CASE WHEN n <= 10 THEN 'EDITOR' ELSE 'REVIEWER' END, 'generator', 'generator'
                    FROM generate_series(1, 30) n""", """
                    CREATE TEMP TABLE bench_reviewer AS
                    SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM reviewer WHERE username LIKE 'bench-reviewer-%'""", """
                    UPDATE verdict v SET author_id = a.id,
                           reviewer_id = CASE WHEN v.status IN ('PUBLISHED', 'RETRACTED') THEN e.id END
                    FROM bench_reviewer a, bench_reviewer e
                    WHERE v.created_by = 'generator' AND a.n = v.id % 30 AND e.n = (v.id / 30) % 10""", """
                    INSERT INTO verdict_transition (verdict_id, from_status, to_status, made_by, made_at)
                    SELECT v.id, NULL, 'DRAFT', 'generator', v.created_at FROM verdict v WHERE v.created_by = 'generator'""",
                    // The corrections log's hash chain appends one record per publication while holding one head row:
                    // a hundred thousand in one transaction would each walk that row's versions. The figures do not
                    // read the log, so it is left out of this fill.
                    "ALTER TABLE verdict_publication DISABLE TRIGGER verdict_publication_recorded", """
                    INSERT INTO verdict_transition (verdict_id, from_status, to_status, made_by, made_at)
                    SELECT v.id, 'IN_REVIEW', 'PUBLISHED', 'generator', v.published_at
                    FROM verdict v WHERE v.created_by = 'generator' AND v.published_at IS NOT NULL""", """
                    INSERT INTO verdict_transition (verdict_id, from_status, to_status, made_by, made_at)
                    SELECT v.id, 'PUBLISHED', 'RETRACTED', 'generator', v.retracted_at
                    FROM verdict v WHERE v.created_by = 'generator' AND v.retracted_at IS NOT NULL""", """
                    INSERT INTO verdict_publication (verdict_id, version_number, published_at, published_by, rating_label,
                                                     rating_value, rationale)
                    SELECT v.id, 1, v.published_at, 'generator', r.label, r.value, v.rationale
                    FROM verdict v JOIN rating r ON r.id = v.rating_id
                    WHERE v.created_by = 'generator' AND v.published_at IS NOT NULL""", """
                    INSERT INTO verdict_publication (verdict_id, version_number, published_at, published_by, rating_label,
                                                     rating_value, rationale, correction_note)
                    SELECT v.id, 2, v.published_at + (v.id % 90) * interval '1 day' + interval '3 hours', 'generator', r.label,
                           r.value, v.rationale, 'A figure in the rationale was corrected.'
                    FROM verdict v JOIN rating r ON r.id = v.rating_id
                    WHERE v.created_by = 'generator' AND v.status = 'PUBLISHED' AND v.id % 33 = 0""", """
                    UPDATE claim c SET due_date = (c.created_at AT TIME ZONE 'UTC')::date + (c.id % 40)::int,
                           assignee_id = (SELECT b.id FROM bench_reviewer b WHERE b.n = c.id % 30)
                    WHERE c.created_by = 'generator' AND c.id % 20 = 0""",
                    "ALTER TABLE verdict_publication ENABLE TRIGGER verdict_publication_recorded", "ANALYZE"));
            for (String step : steps) {
                statement.execute(step);
            }
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE) claim");
            statement.execute("VACUUM (ANALYZE) verdict_transition");
            statement.execute("VACUUM (ANALYZE) verdict_publication");
            System.out.printf(Locale.ENGLISH, "Added the workflow record, accounts, assignments and due dates in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
