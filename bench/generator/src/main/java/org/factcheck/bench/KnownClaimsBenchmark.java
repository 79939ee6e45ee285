package org.factcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.factcheck.matching.KnownClaims;
import org.factcheck.matching.PublicMatches;
import org.factcheck.matching.Ranking;
import org.factcheck.verdict.SameClaim;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times "has this been checked already?" inside the app, on a large database whose claims are embedded and
 * indexed: the claim page's Same claim elsewhere for claims drawn at random, the Check a claim box and the
 * public claims:search's matching for the CheckThat! tweets. Server time without HTTP or the password check
 * (the claim page's reviewer is signed in once; bench/claim-matching speed times the desk's HTTP routes).
 * Each call with another claim or tweet: 10 unmeasured, then {@code --runs}.
 * <pre>
 *   bench/known-claims [--index-directory data/claim-index] [--jdbc-url …] [--user postgres] [--runs 200]
 *                      [--data ../shared/claim-matching]
 * </pre>
 * The index folder is an index the app built over this database; no app may have it open meanwhile.
 */
public final class KnownClaimsBenchmark {

    private KnownClaimsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandLine.parse(Map.of("--jdbc-url", "jdbc:postgresql://127.0.0.1:54329/factcheck",
                "--user", "postgres", "--runs", "200", "--index-directory", "data/claim-index",
                "--data", "../shared/claim-matching"), args);
        int runs = Integer.parseInt(options.get("--runs"));
        List<String> tweets = tweets(Path.of(options.get("--data")));
        try (ConfigurableApplicationContext app = ListsBenchmark.signedInApp(options, options.get("--index-directory"))) {
            long claims = app.getBean(JdbcClient.class).sql("select max(id) from claim").query(Long.class).single();
            SameClaim sameClaim = app.getBean(SameClaim.class);
            KnownClaims knownClaims = app.getBean(KnownClaims.class);
            PublicMatches publicMatches = app.getBean(PublicMatches.class);
            Random chance = new Random(7);
            System.out.printf("%-62s %9s %9s %9s%n", "call (" + runs + " runs, each another input)", "p50 ms", "p95 ms", "max ms");
            time("Same claim elsewhere (claim page), a random claim", runs,
                    run -> sameClaim.of(1 + chance.nextLong(claims)));
            time("Check a claim, a tweet", runs, run -> knownClaims.checkedBefore(tweets.get(run % tweets.size())));
            time("claims:search's matching, a tweet, 5 results", runs,
                    run -> publicMatches.search(tweets.get((run + 400) % tweets.size()), Ranking.COMBINED, 6));
        }
    }

    private static void time(String name, int runs, Consumer<Integer> call) {
        double[] millis = new double[runs];
        for (int run = -10; run < runs; run++) {
            long started = System.nanoTime();
            call.accept(run + 10);
            if (run >= 0) {
                millis[run] = (System.nanoTime() - started) / 1e6;
            }
        }
        double slowest = Arrays.stream(millis).max().orElse(0);
        System.out.printf(Locale.ENGLISH, "%-62s %9.1f %9.1f %9.1f%n", name, ClaimsGridBenchmark.percentile(millis, 50),
                ClaimsGridBenchmark.percentile(millis, 95), slowest);
    }

    /** The 800 CheckThat! training tweets, cut to the 1,000 characters a query may have. */
    private static List<String> tweets(Path data) throws IOException {
        List<String> tweets = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("train/tweets.queries.tsv")).subList(1, 801)) {
            String text = line.substring(line.indexOf('\t') + 1);
            tweets.add(text.length() > KnownClaims.LONGEST_SENTENCE ? text.substring(0, KnownClaims.LONGEST_SENTENCE) : text);
        }
        return tweets;
    }
}
