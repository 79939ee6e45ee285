package org.factcheck.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.factcheck.Application;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.entity.EntityFilter;
import org.factcheck.entity.EntityMentions;
import org.factcheck.entity.EntityService;
import org.factcheck.history.ActivityEntry;
import org.factcheck.history.ActivityFilter;
import org.factcheck.history.HistoryService;
import org.factcheck.matching.KnownClaims;
import org.factcheck.search.SearchService;
import org.factcheck.source.SourceFilter;
import org.factcheck.source.SourceService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Times what the other lists ask of the services, inside the app started on a large database: the
 * Sources and Entities lists, an entity's page, My work, Search, the dashboard and the Activity view.
 * Each call as the view makes it (page of 50, signed in as an editor), 3 unmeasured runs, then
 * {@code --runs}; p50/p95 of the call's time, which is the server time a reviewer waits for.
 *   bench/lists [--jdbc-url jdbc:postgresql://127.0.0.1:54329/factcheck] [--user postgres] [--runs 20]
 */
public final class ListsBenchmark {

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = ClaimsGridBenchmark.options(args);
        int runs = Integer.parseInt(options.getOrDefault("--runs", "20"));
        // the lists, not the matching: this instance neither embeds claims nor keeps its index beside the repo
        try (ConfigurableApplicationContext app = signedInApp(options, "target/lists-claim-index")) {
            System.out.printf("%-62s %9s %9s%n", "list", "p50 ms", "p95 ms");
            for (Map.Entry<String, Supplier<?>> call : calls(app).entrySet()) {
                double[] millis = new double[runs];
                for (int run = -3; run < runs; run++) {
                    long started = System.nanoTime();
                    call.getValue().get();
                    if (run >= 0) {
                        millis[run] = (System.nanoTime() - started) / 1e6;
                    }
                }
                System.out.printf(Locale.ENGLISH, "%-62s %9.1f %9.1f%n", call.getKey(),
                        ClaimsGridBenchmark.percentile(millis, 50), ClaimsGridBenchmark.percentile(millis, 95));
            }
        }
    }

    /**
     * The app on the options' database, on a free port, signed in as an admin on this thread, not embedding,
     * its matching index in the folder given, once that index has loaded: loading a million claims by
     * their words takes the cores for a minute after the start, and a call timed meanwhile measures that.
     */
    static ConfigurableApplicationContext signedInApp(Map<String, String> options, String indexDirectory) throws InterruptedException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + options.get("--jdbc-url"), "--spring.datasource.username=" + options.get("--user"),
                "--server.port=0", "--logging.level.root=WARN",
                "--factcheck.matching.background=false", "--factcheck.matching.index-directory=" + indexDirectory);
        SecurityContextHolderStrategy security = app.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(security);
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER")));
        KnownClaims known = app.getBean(KnownClaims.class);
        while (!known.progress().loaded()) {
            Thread.sleep(1_000);
        }
        return app;
    }

    private static Map<String, Supplier<?>> calls(ConfigurableApplicationContext app) {
        ClaimService claims = app.getBean(ClaimService.class);
        SourceService sources = app.getBean(SourceService.class);
        EntityService entities = app.getBean(EntityService.class);
        EntityMentions mentions = app.getBean(EntityMentions.class);
        SearchService search = app.getBean(SearchService.class);
        HistoryService history = app.getBean(HistoryService.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long busiest = jdbc.sql("select entity_id from claim_entity group by entity_id order by count(*) desc limit 1")
                .query(Long.class).single();
        String someReviewer = jdbc.sql("select reviewer from revision order by id desc limit 1").query(String.class).single();
        PageRequest first = PageRequest.of(0, 50);

        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("Sources: first page", () -> sources.list(SourceFilter.none(), first));
        calls.put("Sources: page 100", () -> sources.list(SourceFilter.none(), PageRequest.of(99, 50)));
        calls.put("Sources: title contains 'troops'", () -> sources.list(new SourceFilter("troops", null, null, null, null), first));
        calls.put("Entities: first page", () -> entities.list(new EntityFilter(null, null), first));
        calls.put("Entities: a spelling, 'ghawil'", () -> entities.list(new EntityFilter(null, "ghawil"), first));
        calls.put("Entity page: the entity named in the most claims", () -> mentions.claimsMentioning(busiest, 50));
        calls.put("My work: claims assigned to admin", () -> claims.list(ClaimFilter.assignedTo("admin"), PageRequest.of(0, 100)));
        calls.put("Search: 'Kadhimi'", () -> search.search("Kadhimi"));
        calls.put("Search: 'troops withdrawal'", () -> search.search("troops withdrawal"));
        calls.put("Dashboard: claims and verdicts by status (8 counts)", () -> List.of(ClaimStatus.values()).stream()
                .map(status -> claims.count(ClaimFilter.withStatus(status))).toList());
        calls.put("Dashboard: overdue and verdicts by rating (1 count, 1 grouped count)", () -> List.of(
                claims.count(ClaimFilter.none().onlyOverdue()), claims.countByRating()));
        calls.put("Dashboard: recently changed claims", () -> claims.list(ClaimFilter.none(),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updatedAt"))));
        calls.put("Activity: first page", () -> history.activity(ActivityFilter.none(), first));
        calls.put("Activity: page 100 by OFFSET (a dragged scrollbar)", () -> history.activity(ActivityFilter.none(), PageRequest.of(99, 50)));
        // as the view scrolls (KeysetScroll): after the last line of page 99, read once here
        ActivityEntry endOfPage99 = history.activity(ActivityFilter.none(), PageRequest.of(98, 50)).getLast();
        calls.put("Activity: page 100 by key (scrolling)", () -> history.activity(ActivityFilter.none(), endOfPage99, 0, 50));
        calls.put("Activity: one reviewer", () -> history.activity(new ActivityFilter(someReviewer, null, null, null), first));
        calls.put("Activity: one day in 2022", () -> history.activity(new ActivityFilter(null, null,
                LocalDate.of(2022, 5, 4), LocalDate.of(2022, 5, 4)), first));
        return calls;
    }
}
