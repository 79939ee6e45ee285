package org.factcheck.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.factcheck.claim.SameClaimSuggestion;
import org.factcheck.search.SearchService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Times the search box and the claim-cluster suggestions on a large database, through the app's own
 * SearchService and ClaimClusters (their SQL, not a copy) on one connection, as a pooled connection
 * would serve them (so one statement after another). Prints p50/p95 of a whole search (entities, claims, sources, verdicts: four
 * statements) over repeated runs, and writes EXPLAIN ANALYZE of every statement the last run executed,
 * with its parameters, to target/search-plans.txt.
 */
public final class SearchBenchmark {

    public static void main(String[] args) throws SQLException, IOException {
        Map<String, String> options = ClaimsGridBenchmark.options(args);
        int runs = Integer.parseInt(options.get("--runs"));
        StringBuilder plans = new StringBuilder();
        try (Connection connection = ClaimsGridBenchmark.connect(options)) {
            // The search runs its statements side by side: on this one connection they queue, so the times
            // here are their sum (bench/lists times the app's own pool).
            List<Statement> executed = Collections.synchronizedList(new ArrayList<>());
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(recording(connection, executed), true));
            SearchService search = new SearchService(jdbc);
            var suggestions = SameClaimSuggestion.over(jdbc);
            long generatedClaim = jdbc.sql("select max(id) / 2 from claim").query(Long.class).single();
            long seededClaim = jdbc.sql("select min(id) from claim").query(Long.class).single();

            Map<String, Runnable> actions = new LinkedHashMap<>();
            actions.put("search: a word (unemployment)", () -> search.search("unemployment"));
            actions.put("search: two common words (troops withdrawal)", () -> search.search("troops withdrawal"));
            actions.put("search: a phrase (\"displaced families\")", () -> search.search("\"displaced families\""));
            actions.put("search: a misspelled name (Moustafa al-Jassemy)", () -> search.search("Moustafa al-Jassemy"));
            actions.put("search: a seeded name's variant (Kazemi)", () -> search.search("Kazemi"));
            actions.put("same-claim suggestions, generated claim " + generatedClaim, () -> suggestions.apply(generatedClaim));
            actions.put("same-claim suggestions, seeded claim " + seededClaim, () -> suggestions.apply(seededClaim));

            System.out.printf("%-58s %9s %9s  %s%n", "what", "p50 ms", "p95 ms", "server ms per statement (EXPLAIN ANALYZE)");
            for (Map.Entry<String, Runnable> action : actions.entrySet()) {
                double[] millis = new double[runs];
                for (int run = -3; run < runs; run++) {
                    executed.clear();
                    long started = System.nanoTime();
                    action.getValue().run();
                    if (run >= 0) {
                        millis[run] = (System.nanoTime() - started) / 1e6;
                    }
                }
                List<String> serverTimes = new ArrayList<>();
                plans.append("==== ").append(action.getKey()).append('\n');
                for (Statement statement : List.copyOf(executed)) {
                    String plan = statement.explain(connection);
                    Matcher time = ClaimsGridBenchmark.EXECUTION_TIME.matcher(plan);
                    serverTimes.add(time.find() ? time.group(1) : "?");
                    plans.append("-- parameters ").append(statement.parameters()).append('\n').append(statement.sql())
                            .append(";\n").append(plan).append('\n');
                }
                System.out.printf(Locale.ENGLISH, "%-58s %9.1f %9.1f  %s%n", action.getKey(),
                        ClaimsGridBenchmark.percentile(millis, 50), ClaimsGridBenchmark.percentile(millis, 95),
                        String.join(" + ", serverTimes));
            }
        }
        Files.writeString(Path.of("target/search-plans.txt"), plans);
    }

    /** A statement the service prepared, with the calls that bound its parameters, to replay under EXPLAIN. */
    private record Statement(String sql, List<Object[]> bindings, List<Method> binders) {

        List<String> parameters() {
            return bindings.stream().map(arguments -> String.valueOf(arguments[1])).toList();
        }

        String explain(Connection connection) {
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
                for (int i = 0; i < binders.size(); i++) {
                    binders.get(i).invoke(explain, bindings.get(i));
                }
                try (ResultSet lines = explain.executeQuery()) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
            } catch (SQLException | ReflectiveOperationException failed) {
                plan.append("(no plan: ").append(failed).append(")\n");
            }
            return plan.toString();
        }
    }

    /** The connection, noting every statement prepared on it and how its parameters were bound. */
    private static Connection recording(Connection connection, List<Statement> executed) {
        return (Connection) Proxy.newProxyInstance(SearchBenchmark.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(connection, method, arguments);
                    if (method.getName().equals("prepareStatement")) {
                        Statement statement = new Statement((String) arguments[0], new ArrayList<>(), new ArrayList<>());
                        executed.add(statement);
                        PreparedStatement prepared = (PreparedStatement) result;
                        return Proxy.newProxyInstance(SearchBenchmark.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class}, (inner, call, values) -> {
                                    if (call.getName().startsWith("set") && values != null && values.length >= 2
                                            && values[0] instanceof Integer) {
                                        statement.binders().add(call);
                                        statement.bindings().add(values.clone());
                                    }
                                    return invoke(prepared, call, values);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
