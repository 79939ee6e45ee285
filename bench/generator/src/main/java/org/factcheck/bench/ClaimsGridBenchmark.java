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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the claims grid's queries on a large database: the SQL Hibernate runs for
 * ClaimRepository.findSummaries (one page of 50, which a Slice fetches as 51 rows) unsorted, sorted
 * by each sortable column and deep in the list, and the filtered queries the grid's coming filters
 * are likely to run. Prints p50/p95 of the round trip over repeated runs, the server's execution
 * time from EXPLAIN ANALYZE, and the indexes each plan uses; writes the plans to target/claims-grid-plans.txt.
 */
public final class ClaimsGridBenchmark {

    /**
     * The grid's query as Hibernate 7 writes it for findSummaries (logged with
     * logging.level.org.hibernate.SQL=debug); size(c.appearances) becomes the correlated count. Like
     * Hibernate, the harness binds the offset and the row count as parameters.
     */
    static final String GRID = "select c1_0.id,c1_0.text,c2_0.name,c1_0.claim_date,c1_0.status,c1_0.check_worthiness,"
            + "(select count(*) from appearance a1_0 where c1_0.id=a1_0.claim_id),c1_0.updated_at "
            + "from claim c1_0 left join entity c2_0 on c2_0.id=c1_0.claimant_id";
    /** The same without the appearance count, to see what the count costs. */
    static final String GRID_WITHOUT_COUNT = "select c1_0.id,c1_0.text,c2_0.name,c1_0.claim_date,c1_0.status,"
            + "c1_0.check_worthiness,c1_0.updated_at from claim c1_0 left join entity c2_0 on c2_0.id=c1_0.claimant_id";
    static final String FIRST_PAGE = " fetch first ? rows only";
    /** Page 1,000 of 50 rows. */
    static final String PAGE_1000 = " offset ? rows fetch first ? rows only";
    private static final int ROWS = 51;
    private static final int OFFSET_OF_PAGE_1000 = 999 * 50;

    static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final Pattern INDEX = Pattern.compile("(?:Index|Index Only|Bitmap Index) Scan(?: Backward)? (?:using|on) (\\w+)");

    public static void main(String[] args) throws SQLException, IOException {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.get("--runs"));
        StringBuilder plans = new StringBuilder();
        try (Connection connection = connect(options)) {
            System.out.printf("%-58s %9s %9s %9s  %s%n", "query", "p50 ms", "p95 ms", "server ms", "indexes used");
            for (Map.Entry<String, String> query : queries(connection).entrySet()) {
                List<Integer> parameters = query.getValue().endsWith(PAGE_1000) ? List.of(OFFSET_OF_PAGE_1000, ROWS)
                        : query.getValue().endsWith(FIRST_PAGE) ? List.of(ROWS) : List.of();
                double[] millis = time(connection, query.getValue(), parameters, runs);
                String plan = explain(connection, query.getValue(), parameters);
                Matcher executionTime = EXECUTION_TIME.matcher(plan);
                System.out.printf(Locale.ENGLISH, "%-58s %9.1f %9.1f %9s  %s%n", query.getKey(), percentile(millis, 50),
                        percentile(millis, 95), executionTime.find() ? executionTime.group(1) : "?", indexes(plan));
                plans.append("-- ").append(query.getKey()).append(", parameters ").append(parameters).append('\n')
                        .append(query.getValue()).append(";\n")
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

    /** A connection to the database the options name; a password, if needed, comes from PGPASSWORD. */
    static Connection connect(Map<String, String> options) throws SQLException {
        return DriverManager.getConnection(options.get("--jdbc-url"), options.get("--user"),
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    /** The queries, by what they are for; filter values are picked from the data (the busiest claimant, ...). */
    private static Map<String, String> queries(Connection connection) throws SQLException {
        long busiestClaimant = single(connection, "select claimant_id from claim where claimant_id is not null "
                + "group by claimant_id order by count(*) desc limit 1");
        long quietClaimant = single(connection, "select claimant_id from claim where claimant_id is not null "
                + "group by claimant_id order by count(*), claimant_id limit 1");
        long busiestEntity = single(connection, "select entity_id from claim_entity group by entity_id order by count(*) desc limit 1");
        long someSource = single(connection, "select max(source_id) / 2 from appearance");
        long falseRating = single(connection, "select id from rating where label = 'False'");

        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page, unsorted", GRID + FIRST_PAGE);
        queries.put("first page, unsorted, without the appearance count", GRID_WITHOUT_COUNT + FIRST_PAGE);
        queries.put("first page by text", GRID + " order by c1_0.text" + FIRST_PAGE);
        queries.put("first page by text, descending", GRID + " order by c1_0.text desc" + FIRST_PAGE);
        queries.put("first page by claim date", GRID + " order by c1_0.claim_date" + FIRST_PAGE);
        queries.put("first page by claim date, descending", GRID + " order by c1_0.claim_date desc" + FIRST_PAGE);
        queries.put("first page by status", GRID + " order by c1_0.status" + FIRST_PAGE);
        queries.put("first page by check-worthiness", GRID + " order by c1_0.check_worthiness" + FIRST_PAGE);
        queries.put("page 1,000, unsorted", GRID + PAGE_1000);
        queries.put("page 1,000, unsorted, without the appearance count", GRID_WITHOUT_COUNT + PAGE_1000);
        queries.put("page 1,000 by text", GRID + " order by c1_0.text" + PAGE_1000);
        queries.put("page 1,000 by claim date", GRID + " order by c1_0.claim_date" + PAGE_1000);
        queries.put("page 1,000 by status", GRID + " order by c1_0.status" + PAGE_1000);
        queries.put("filter: status IN_PROGRESS, newest first",
                GRID + " where c1_0.status = 'IN_PROGRESS' order by c1_0.updated_at desc" + FIRST_PAGE);
        queries.put("filter: check-worthiness HIGH and UNREVIEWED, by date",
                GRID + " where c1_0.check_worthiness = 'HIGH' and c1_0.status = 'UNREVIEWED' order by c1_0.claim_date desc"
                        + FIRST_PAGE);
        queries.put("filter: busiest claimant, by date",
                GRID + " where c1_0.claimant_id = " + busiestClaimant + " order by c1_0.claim_date desc" + FIRST_PAGE);
        queries.put("filter: a quiet claimant, by date",
                GRID + " where c1_0.claimant_id = " + quietClaimant + " order by c1_0.claim_date desc" + FIRST_PAGE);
        queries.put("filter: mentions the busiest entity, by date", GRID + " where c1_0.id in (select claim_id from "
                + "claim_entity where entity_id = " + busiestEntity + ") order by c1_0.claim_date desc" + FIRST_PAGE);
        queries.put("filter: appears in one source", GRID + " where c1_0.id in (select claim_id from appearance "
                + "where source_id = " + someSource + ")" + FIRST_PAGE);
        queries.put("filter: verdict rated False, by date", GRID + " where c1_0.id in (select claim_id from verdict "
                + "where rating_id = " + falseRating + ") order by c1_0.claim_date desc" + FIRST_PAGE);
        queries.put("count of all claims (ClaimService.count)", "select count(*) from claim");
        return queries;
    }

    /**
     * Wall time of each run, after three unmeasured runs that warm the caches. The statement is
     * reused, so from the fifth run on it is a server-side prepared statement, as the app's are.
     */
    private static double[] time(Connection connection, String sql, List<Integer> parameters, int runs)
            throws SQLException {
        double[] millis = new double[runs];
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setInt(i + 1, parameters.get(i));
            }
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

    /** The plan for these parameter values (a custom plan: the values are written into the SQL). */
    private static String explain(Connection connection, String sql, List<Integer> parameters) throws SQLException {
        for (int parameter : parameters) {
            sql = sql.replaceFirst("\\?", Integer.toString(parameter));
        }
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet lines = statement.executeQuery("explain (analyze, buffers) " + sql)) {
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String indexes(String plan) {
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
