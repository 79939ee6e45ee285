package org.factcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.ClaimSummaries;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Times the claims grid's query on a large database: the SQL that {@link ClaimSummaries} builds (one
 * page of 50) in the default order, sorted by each sortable column, deep in the list, and with each
 * filter the grid offers. Prints p50/p95 of the round trip over repeated runs, the server's execution
 * time from EXPLAIN ANALYZE, and the indexes each plan uses; writes the plans to target/claims-grid-plans.txt.
 */
public final class ClaimsGridBenchmark {

    private static final int PAGE_SIZE = 50;
    private static final int PAGE_1000 = 999;

    static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final Pattern INDEX = Pattern.compile("(?:Index|Index Only|Bitmap Index) Scan(?: Backward)? (?:using|on) (\\w+)");

    public static void main(String[] args) throws SQLException, IOException {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.get("--runs"));
        StringBuilder plans = new StringBuilder();
        try (Connection connection = connect(options)) {
            System.out.printf("%-66s %9s %9s %9s  %s%n", "query", "p50 ms", "p95 ms", "server ms", "indexes used");
            for (Map.Entry<String, ClaimSummaries.Query> named : queries(connection).entrySet()) {
                ParsedSql parsed = NamedParameterUtils.parseSqlStatement(named.getValue().sql());
                MapSqlParameterSource values = new MapSqlParameterSource(named.getValue().parameters());
                String sql = NamedParameterUtils.substituteNamedParameters(parsed, values);
                List<Object> parameters = Arrays.asList(NamedParameterUtils.buildValueArray(parsed, values, null));
                double[] millis = time(connection, sql, parameters, runs);
                // The estimate is itself an EXPLAIN (planning only): its round trip is its time.
                String plan = sql.startsWith("explain") ? "" : explain(connection, sql, parameters);
                Matcher executionTime = EXECUTION_TIME.matcher(plan);
                System.out.printf(Locale.ENGLISH, "%-66s %9.1f %9.1f %9s  %s%n", named.getKey(), percentile(millis, 50),
                        percentile(millis, 95), executionTime.find() ? executionTime.group(1) : "-", indexes(plan));
                plans.append("-- ").append(named.getKey()).append(", parameters ").append(parameters).append('\n')
                        .append(sql).append(";\n")
                        .append(plan).append('\n');
            }
        }
        Files.writeString(Path.of("target/claims-grid-plans.txt"), plans);
    }

    /** --jdbc-url, --user and --runs, with their defaults: the app's embedded database, 30 runs. */
    static Map<String, String> options(String[] args) {
        return CommandLine.parse(Map.of("--jdbc-url", "jdbc:postgresql://127.0.0.1:54329/factcheck", "--user", "postgres",
                "--runs", "30"), args);
    }

    /**
     * A connection to the database the options name, planning each statement for its own values as the
     * app's pool does (application.properties); a password, if needed, comes from PGPASSWORD.
     */
    static Connection connect(Map<String, String> options) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", options.get("--user"));
        properties.setProperty("password", System.getenv().getOrDefault("PGPASSWORD", ""));
        properties.setProperty("options", "-c plan_cache_mode=force_custom_plan");
        return DriverManager.getConnection(options.get("--jdbc-url"), properties);
    }

    /** The queries, by what they are for; filter values are picked from the data (the busiest entity, ...). */
    private static Map<String, ClaimSummaries.Query> queries(Connection connection) throws SQLException {
        long busiestEntity = single(connection, "select entity_id from claim_entity group by entity_id order by count(*) desc limit 1");
        long quietEntity = single(connection, "select entity_id from claim_entity group by entity_id order by count(*), entity_id limit 1");
        long someSource = single(connection, "select max(source_id) / 2 from appearance");
        ClaimFilter none = ClaimFilter.none();
        Sort newestFirst = Sort.by(Sort.Order.desc("claimDate"));
        ClaimFilter triage = new ClaimFilter(null, ClaimStatus.UNREVIEWED, null, null, null, CheckWorthiness.HIGH, null,
                null, null);
        ClaimFilter busiest = new ClaimFilter(null, null, null, busiestEntity, null, null, null, null, null);

        Map<String, ClaimSummaries.Query> queries = new LinkedHashMap<>();
        queries.put("first page, latest changed first (the default)", page(connection, none, Sort.unsorted()));
        for (String column : List.of("text", "claimDate", "status", "checkWorthiness", "rating", "updatedAt")) {
            queries.put("first page by " + column, page(connection, none, Sort.by(column)));
            queries.put("first page by " + column + ", descending", page(connection, none, Sort.by(Sort.Order.desc(column))));
        }
        queries.put("page 1,000 by key, latest changed first", pageAfter(connection, none, Sort.unsorted()));
        for (String column : List.of("text", "claimDate", "status", "checkWorthiness", "rating")) {
            queries.put("page 1,000 by key, by " + column, pageAfter(connection, none, Sort.by(column)));
        }
        queries.put("page 1,000 by key, by rating, descending", pageAfter(connection, none, Sort.by(Sort.Order.desc("rating"))));
        queries.put("page 1,000 by OFFSET (a dragged scrollbar), default order", ClaimSummaries.query(none, Sort.unsorted(),
                null, PAGE_1000 * PAGE_SIZE, PAGE_SIZE));
        queries.put("filter: status IN_PROGRESS", page(connection, ClaimFilter.withStatus(ClaimStatus.IN_PROGRESS), Sort.unsorted()));
        queries.put("filter: status IN_REVIEW, newest first", page(connection, ClaimFilter.withStatus(ClaimStatus.IN_REVIEW), newestFirst));
        queries.put("filter: status PUBLISHED, by rating", page(connection, ClaimFilter.withStatus(ClaimStatus.PUBLISHED), Sort.by("rating")));
        queries.put("triage: HIGH and UNREVIEWED, newest first", page(connection, triage, newestFirst));
        queries.put("triage: HIGH and UNREVIEWED, newest first, page 1,000 by key", pageAfter(connection, triage, newestFirst));
        queries.put("triage: HIGH and UNREVIEWED, oldest first", page(connection, triage, Sort.by("claimDate")));
        queries.put("filter: rated False, newest first", page(connection, new ClaimFilter(null, null, "false", null, null, null, null,
                null, null), newestFirst));
        queries.put("filter: made by or mentions the busiest entity, newest first", page(connection, busiest, newestFirst));
        queries.put("filter: the busiest entity, newest first, page 1,000 by key", pageAfter(connection, busiest, newestFirst));
        queries.put("filter: the busiest entity, by text", page(connection, busiest, Sort.by("text")));
        queries.put("filter: made by or mentions a rare entity, newest first",
                page(connection, new ClaimFilter(null, null, null, quietEntity, null, null, null, null, null), newestFirst));
        queries.put("filter: appears in one source", page(connection, new ClaimFilter(null, null, null, null, someSource, null, null, null, null),
                Sort.unsorted()));
        queries.put("filter: text contains 'troops'", page(connection, ClaimFilter.withText("troops"), Sort.unsorted()));
        queries.put("filter: text contains 'troops', by rating", page(connection, ClaimFilter.withText("troops"), Sort.by("rating")));
        ClaimFilter oilPublished = new ClaimFilter("oil", ClaimStatus.PUBLISHED, null, null, null, null, null, null, null);
        ClaimFilter electionUnreviewed = new ClaimFilter("election", ClaimStatus.UNREVIEWED, null, null, null, null, null, null, null);
        queries.put("filter: text contains 'oil' and PUBLISHED (5,500), by text", page(connection, oilPublished, Sort.by("text")));
        queries.put("filter: text contains 'oil' and PUBLISHED, by text, page 20 by key", pageAfter(connection, oilPublished, Sort.by("text"), 20));
        queries.put("filter: text contains 'election' (24,000), by text", page(connection, ClaimFilter.withText("election"), Sort.by("text")));
        queries.put("filter: text contains 'election' and UNREVIEWED (19,000), by text", page(connection, electionUnreviewed, Sort.by("text")));
        queries.put("filter: text contains 'election' and UNREVIEWED, by status, descending",
                page(connection, electionUnreviewed, Sort.by(Sort.Order.desc("status"))));
        queries.put("filter: text contains 'troops' and UNREVIEWED, by rating", page(connection, new ClaimFilter("troops", ClaimStatus.UNREVIEWED,
                null, null, null, null, null, null, null), Sort.by("rating")));
        queries.put("filter: text contains a word no claim has", page(connection, ClaimFilter.withText("zzyzx"), Sort.unsorted()));
        queries.put("filter: claimed in March 2021, newest first", page(connection, new ClaimFilter(null, null, null, null, null, null,
                null, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)), newestFirst));
        queries.put("filter: assigned to admin (My work)", page(connection, ClaimFilter.assignedTo("admin"), Sort.unsorted()));
        queries.put("count: all claims (exact up to 10,001)", ClaimSummaries.countQuery(none));
        queries.put("count: all claims, the estimate", ClaimSummaries.estimateQuery(none));
        queries.put("count: UNREVIEWED (dashboard tile, exact up to 10,001)", ClaimSummaries.countQuery(
                ClaimFilter.withStatus(ClaimStatus.UNREVIEWED)));
        queries.put("count: IN_REVIEW (dashboard tile)", ClaimSummaries.countQuery(ClaimFilter.withStatus(ClaimStatus.IN_REVIEW)));
        queries.put("count: the busiest entity (exact up to 10,001)", ClaimSummaries.countQuery(busiest));
        queries.put("count: the busiest entity, the estimate", ClaimSummaries.estimateQuery(busiest));
        queries.put("count: a word no claim has", ClaimSummaries.countQuery(ClaimFilter.withText("zzyzx")));
        return queries;
    }

    private static ClaimSummaries.Query page(Connection connection, ClaimFilter filter, Sort sort) throws SQLException {
        return ClaimSummaries.query(filter, sort, null, 0, PAGE_SIZE, fewHaveText(connection, filter));
    }

    /** As the app decides it ({@code ClaimSummaries.fewHaveText}): sort all the text's matches, or walk the order. */
    private static boolean fewHaveText(Connection connection, ClaimFilter filter) throws SQLException {
        if (filter.text() == null) {
            return false;
        }
        ClaimSummaries.Query estimate = ClaimSummaries.estimateQuery(filter);
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(estimate.sql());
        MapSqlParameterSource values = new MapSqlParameterSource(estimate.parameters());
        try (PreparedStatement statement = prepared(connection, NamedParameterUtils.substituteNamedParameters(parsed, values),
                Arrays.asList(NamedParameterUtils.buildValueArray(parsed, values, null)));
             ResultSet plan = statement.executeQuery()) {
            plan.next();
            Matcher rows = Pattern.compile("\"Plan Rows\":\\s*(\\d+)").matcher(plan.getString(1));
            return rows.find() && Long.parseLong(rows.group(1)) <= ClaimSummaries.FEW_TEXT_MATCHES;
        }
    }

    /** Page 1,000 as the grid reads it after scrolling there: by the key of the last claim of page 999. */
    private static ClaimSummaries.Query pageAfter(Connection connection, ClaimFilter filter, Sort sort) throws SQLException {
        return pageAfter(connection, filter, sort, PAGE_1000);
    }

    /** The page after the last claim of page {@code pages} (read by OFFSET to find that claim). */
    private static ClaimSummaries.Query pageAfter(Connection connection, ClaimFilter filter, Sort sort, int pages) throws SQLException {
        boolean sortMatches = fewHaveText(connection, filter);
        ClaimSummaries.Query before = ClaimSummaries.query(filter, sort, null, (long) pages * PAGE_SIZE - 1, 1, sortMatches);
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(before.sql());
        MapSqlParameterSource values = new MapSqlParameterSource(before.parameters());
        try (PreparedStatement statement = prepared(connection, NamedParameterUtils.substituteNamedParameters(parsed, values),
                Arrays.asList(NamedParameterUtils.buildValueArray(parsed, values, null)));
             ResultSet row = statement.executeQuery()) {
            row.next();
            return ClaimSummaries.query(filter, sort, ClaimSummaries.keyOf(row), 0, PAGE_SIZE, sortMatches);
        }
    }

    /**
     * Wall time of each run, after three unmeasured runs that warm the caches. The statement is
     * reused, so from the fifth run on it is a server-side prepared statement, as the app's are.
     */
    static double[] time(Connection connection, String sql, List<Object> parameters, int runs)
            throws SQLException {
        double[] millis = new double[runs];
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            for (int run = -3; run < runs; run++) {
                long started = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - started) / 1e6;
                }
            }
        }
        return millis;
    }

    /** The plan for these parameter values (a custom plan: a fresh statement, planned with the values). */
    static String explain(Connection connection, String sql, List<Object> parameters) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = prepared(connection, "explain (analyze, buffers) " + sql, parameters);
             ResultSet lines = statement.executeQuery()) {
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static PreparedStatement prepared(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    static String indexes(String plan) {
        List<String> names = new ArrayList<>();
        Matcher index = INDEX.matcher(plan);
        while (index.find()) {
            if (!names.contains(index.group(1))) {
                names.add(index.group(1));
            }
        }
        return names.isEmpty() ? "none (sequential scan)" : String.join(", ", names);
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
