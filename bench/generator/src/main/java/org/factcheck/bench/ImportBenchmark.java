package org.factcheck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.factcheck.Application;
import org.factcheck.importing.ImportRequest;
import org.factcheck.importing.ImportService;
import org.factcheck.importing.ImportedSource;
import org.factcheck.importing.NearDuplicateFound;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports generated news texts through ImportService, in-process, as a reviewer would one by one:
 * each a transaction that checks the text, looks for an exact and a near duplicate, stores the
 * source with its fingerprint and its candidate claims (known names found with the Aho–Corasick
 * automaton). The texts come from the generator's corpus with their own seed number, so a run is
 * reproducible and its texts differ from the database's generated sources. Prints documents per
 * second and the latency percentiles of one import.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandLine.parse(Map.of("--documents", "10000", "--seed", "7", "--threads", "2",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:54329/factcheck", "--user", "postgres"), args);
        int documents = Integer.parseInt(options.get("--documents"));
        int threads = Integer.parseInt(options.get("--threads"));
        long seed = Long.parseLong(options.get("--seed"));
        List<ImportRequest> requests = texts(documents, seed);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).properties(Map.of(
                "spring.datasource.url", options.get("--jdbc-url"),
                "spring.datasource.username", options.get("--user"),
                "spring.datasource.password", System.getenv().getOrDefault("PGPASSWORD", ""),
                "server.port", "0",
                "factcheck.admin.password", "benchmark-admin-password",
                "spring.datasource.hikari.maximum-pool-size", String.valueOf(threads + 2),
                "logging.level.root", "WARN")).run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ImportService imports = app.getBean(ImportService.class);
            waitForFingerprints(jdbc);
            long sourcesBefore = jdbc.sql("select count(*) from source").query(Long.class).single();
            long aliases = jdbc.sql("select count(*) from alias").query(Long.class).single();
            // The first import builds the automaton of known names: timed apart from the run.
            long warm = System.nanoTime();
            asReviewer(() -> imports.importDocument(ImportRequest.pasted("Warm-up: the minister said 12 troops left on "
                    + "Monday. " + System.nanoTime(), "Warm-up", "Bench", null, "en", null), true));
            System.out.printf(Locale.ENGLISH, "first import (builds the automaton of %,d aliases): %.0f ms%n", aliases,
                    (System.nanoTime() - warm) / 1e6);

            long[] latencies = new long[documents];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger candidates = new AtomicInteger();
            AtomicInteger nearDuplicates = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> asReviewer(() -> {
                    for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        try {
                            ImportedSource imported = imports.importDocument(requests.get(i), false);
                            candidates.addAndGet(imported.candidates());
                        } catch (NearDuplicateFound found) {
                            nearDuplicates.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - begin;
                    }
                    return null;
                })));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            java.util.Arrays.sort(latencies);
            System.out.printf(Locale.ENGLISH, "sources before: %,d; aliases: %,d; threads: %d%n", sourcesBefore, aliases, threads);
            System.out.printf(Locale.ENGLISH, "imported %,d documents in %.1f s: %.0f documents/s%n", documents, seconds,
                    documents / seconds);
            System.out.printf(Locale.ENGLISH, "one import: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    latencies[documents / 2] / 1e6, latencies[documents * 95 / 100] / 1e6,
                    latencies[documents * 99 / 100] / 1e6, latencies[documents - 1] / 1e6);
            System.out.printf(Locale.ENGLISH, "candidate claims proposed: %,d (%.1f per document); flagged as near-duplicates: %d%n",
                    candidates.get(), candidates.get() / (double) documents, nearDuplicates.get());
        }
    }

    /** Generated news texts with their details, as a reviewer would import them. */
    private static List<ImportRequest> texts(int documents, long seed) {
        Scale scale = new Scale(documents, documents * 3, 0);
        RandomStreams streams = new RandomStreams(seed);
        ClaimPlan.Ids ids = new ClaimPlan.Ids(1, 1, 1, 1);
        EntityCatalog entities = new EntityCatalog(streams, scale.inventedEntities(), ids.entity());
        List<ImportRequest> requests = new ArrayList<>(documents);
        new Corpus(scale, entities, ids, streams).forEachSource(draft -> requests.add(ImportRequest.pasted(
                draft.fullText(), draft.title(), draft.outlet(), draft.publishedOn(), "en", draft.url())));
        return requests;
    }

    /** Sources loaded by bench/generate get their fingerprints in the background after startup: wait for them. */
    private static void waitForFingerprints(JdbcClient jdbc) throws InterruptedException {
        long begin = System.nanoTime();
        while (jdbc.sql("select exists (select 1 from source s where not exists "
                + "(select 1 from source_fingerprint f where f.source_id = s.id))").query(Boolean.class).single()) {
            Thread.sleep(1000);
        }
        System.out.printf(Locale.ENGLISH, "fingerprints of every source ready after %s%n",
                Duration.ofNanos(System.nanoTime() - begin).toSeconds() + " s");
    }

    private static <T> T asReviewer(java.util.concurrent.Callable<T> work) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, AuthorityUtils.createAuthorityList("ROLE_REVIEWER")));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
