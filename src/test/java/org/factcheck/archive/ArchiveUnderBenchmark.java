package org.factcheck.archive;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * What archived copies cost (docs/benchmarks.md, section 15), in-process on a fresh embedded PostgreSQL
 * migrated from db-migrations/: copies per second through the whole path a reviewer's "Archive now" takes
 * (fetch from a local site, SHA-256, text extraction, store), with one and two threads; then the archive
 * filled to {@code --copies} pages kept in the database, and the same in a folder, with the storage each
 * takes and the time of the look-ups the claim page makes (the latest copy of a URL, with the quote checked).
 * Pages are news-like HTML of {@code --page-kb} made of the seed texts' words in random order, each
 * different, so they compress as real text does.
 * <pre>
 *   nice -n 15 bench/archive [--copies 100000] [--fetched 2000] [--page-kb 100]
 * </pre>
 */
public final class ArchiveUnderBenchmark {

    private ArchiveUnderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("copies", "100000", "fetched", "2000", "page-kb", "100"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int copies = Integer.parseInt(options.get("copies"));
        int fetched = Integer.parseInt(options.get("fetched"));
        int pageBytes = Integer.parseInt(options.get("page-kb")) * 1024;
        List<String> words = words();
        Path work = Files.createTempDirectory("archive-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(true).start(); LocalSite site = new LocalSite()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("filesystem:db-migrations").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            SafeFetcher fetcher = new SafeFetcher(Duration.ofSeconds(10), DataSize.ofMegabytes(10), 5, true);
            Random random = new Random(42);
            for (int i = 0; i < fetched; i++) {
                site.page("/page/" + i, page(words, random, pageBytes));
            }
            System.out.printf(Locale.ROOT, "%d pages of %d KB; load %s%n", fetched, pageBytes / 1024, load());

            Copies inDatabase = new Copies(fetcher, new ArchiveStore(jdbc, new CopyFolder("")));
            for (int threads : new int[] {1, 2}) {
                int from = threads == 1 ? 0 : fetched / 2;
                int count = fetched / 2;
                long started = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> taken = new ArrayList<>();
                for (int i = from; i < from + count; i++) {
                    String url = site.url("/page/" + i);
                    taken.add(pool.submit(() -> inDatabase.take(url, "the", "bench")));
                }
                for (Future<?> one : taken) {
                    one.get();
                }
                pool.shutdown();
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "fetch+hash+text+store, %d thread(s): %d copies in %.1f s = %.1f copies/s%n",
                        threads, count, seconds, count / seconds);
            }

            fill(jdbc, inDatabase, words, random, pageBytes, copies - fetched, "DATABASE");
            report(jdbc, "in the database");
            measureLookups(new ArchiveStore(jdbc, new CopyFolder("")), copies, site);

            jdbc.sql("truncate archive_pin, archive_capture, archived_copy").update();
            jdbc.sql("vacuum full archived_copy").update();
            Path folder = work.resolve("copies");
            Copies inFolder = new Copies(fetcher, new ArchiveStore(jdbc, new CopyFolder(folder.toString())));
            fill(jdbc, inFolder, words, random, pageBytes, copies, "FOLDER");
            report(jdbc, "in a folder (rows only)");
            long folderBytes;
            try (Stream<Path> files = Files.walk(folder)) {
                folderBytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "folder: %.1f MB for %d files (%.1f KB each; no compression)%n",
                    folderBytes / 1e6, copies, folderBytes / 1024.0 / copies);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Stores pages as a fetch would have returned them, without the network: the database's side of the cost. */
    private static void fill(JdbcClient jdbc, Copies copies, List<String> words, Random random, int pageBytes, int count,
            String where) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String url = "https://news.example/" + where.toLowerCase(Locale.ROOT) + "/" + i;
            byte[] body = page(words, random, pageBytes).getBytes(StandardCharsets.UTF_8);
            copies.keep(url, new FetchedPage(url, 200, "text/html; charset=utf-8", body), null, "bench", false);
            if ((i + 1) % 10_000 == 0) {
                System.out.printf(Locale.ROOT, "  %s: %,d stored, %.0f/s%n", where, i + 1, (i + 1) / ((System.nanoTime() - started) / 1e9));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "store only (%s): %,d copies in %.1f s = %.0f copies/s%n", where, count, seconds, count / seconds);
    }

    private static void report(JdbcClient jdbc, String what) {
        jdbc.sql("analyze").update();
        long rows = jdbc.sql("select count(*) from archived_copy").query(Long.class).single();
        for (String table : List.of("archived_copy", "archive_capture")) {
            long bytes = jdbc.sql("select pg_total_relation_size(cast(? as regclass))").param(table).query(Long.class).single();
            System.out.printf(Locale.ROOT, "%s, %s: %.1f MB, %.1f KB per copy%n", what, table, bytes / 1e6, bytes / 1024.0 / rows);
        }
        System.out.printf(Locale.ROOT, "%s, whole database: %.1f MB%n", what,
                jdbc.sql("select pg_database_size(current_database())").query(Long.class).single() / 1e6);
    }

    private static void measureLookups(ArchiveStore store, int copies, LocalSite site) {
        Random random = new Random(7);
        long[] nanos = new long[500];
        for (int i = 0; i < nanos.length; i++) {
            String url = "https://news.example/database/" + random.nextInt(Math.max(1, copies / 2));
            long started = System.nanoTime();
            store.latest(url, "the minister said");
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "latest copy of a URL with the quote checked, %d lookups: p50 %.2f ms, p95 %.2f ms%n",
                nanos.length, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6);
    }

    private static String page(List<String> words, Random random, int bytes) {
        StringBuilder html = new StringBuilder(bytes + 200).append("<!doctype html><html><head><title>");
        for (int i = 0; i < 8; i++) {
            html.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        html.append("</title><style>body{font-family:serif}</style></head><body><article>");
        while (html.length() < bytes) {
            html.append("<p>");
            for (int i = 0, n = 30 + random.nextInt(40); i < n; i++) {
                html.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            html.append("</p>\n");
        }
        return html.append("</article></body></html>").toString();
    }

    private static List<String> words() throws java.io.IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> documents = Files.list(Path.of("seed/documents"))) {
            for (Path document : documents.toList()) {
                words.addAll(Arrays.asList(Files.readString(document).split("\\s+")));
            }
        }
        return words;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
