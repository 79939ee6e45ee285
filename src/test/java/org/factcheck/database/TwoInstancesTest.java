package org.factcheck.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.factcheck.Application;
import org.factcheck.Http;
import org.factcheck.SeparateApplications;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.importing.ImportRefused;
import org.factcheck.importing.ImportRequest;
import org.factcheck.importing.ImportService;
import org.factcheck.importing.ImportedSource;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Desk;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances of the app behind one load balancer share one PostgreSQL and nothing else: what one
 * publishes the other's public API shows within the answer cache's bound, an edit saved on one is a
 * conflict for a stale copy on the other, and exports and imports work on both (docs/operations.md).
 * Both run in this JVM as separate applications (own web server, pool, caches, rate limits), one after
 * the other, as a rolling deploy starts them: the second finds the schema migrated and the seed loaded.
 */
@ExtendWith(SeparateApplications.class)
class TwoInstancesTest {

    /** AnswerCache keeps an answer at most 5 s; a second more for the poll and a busy machine. */
    private static final Duration CACHE_BOUND = Duration.ofSeconds(6);

    @Test
    void two_instances_on_one_database_share_publications_conflicts_exports_and_imports() throws Exception {
        try (EmbeddedPostgres shared = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext one = start(shared);
             ConfigurableApplicationContext two = start(shared)) {
            Http apiOfTwo = new Http(port(two));

            Verdict inReview = on(one, () -> one.getBean(Desk.class).inReview("alice"));
            String path = "/api/v1/fact-checks/" + inReview.getClaim().getId(); // a fact-check is known by its claim
            assertThat(apiOfTwo.get(path).status()).as("not published yet").isEqualTo(404);
            on(one, () -> as("bob", Role.EDITOR, () -> one.getBean(VerdictService.class).publish(inReview, "Checked on instance one.")));
            long published = System.nanoTime();
            while (apiOfTwo.get(path).status() != 200 && System.nanoTime() - published < CACHE_BOUND.toNanos()) {
                Thread.sleep(100);
            }
            assertThat(apiOfTwo.get(path).status()).as("published on one, public on two within %s", CACHE_BOUND)
                    .isEqualTo(200);

            long claimId = inReview.getClaim().getId();
            Claim onOne = on(one, () -> as("alice", Role.REVIEWER, () -> one.getBean(ClaimService.class).find(claimId).orElseThrow()));
            Claim onTwo = on(two, () -> as("carol", Role.REVIEWER, () -> two.getBean(ClaimService.class).find(claimId).orElseThrow()));
            onOne.setNote("Saved first, on instance one.");
            on(one, () -> as("alice", Role.REVIEWER, () -> one.getBean(ClaimService.class).save(onOne)));
            onTwo.setNote("Saved second, on instance two, from a stale copy.");
            assertThatThrownBy(() -> on(two, () -> as("carol", Role.REVIEWER, () -> two.getBean(ClaimService.class).save(onTwo))))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(on(two, () -> as("carol", Role.REVIEWER, () -> two.getBean(ClaimService.class).find(claimId).orElseThrow().getNote())))
                    .isEqualTo("Saved first, on instance one.");

            Reviewer editor = on(one, () -> as("admin", Role.ADMIN, () -> AccountFixtures.account(one.getBean(ReviewerService.class), Role.EDITOR)));
            for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {one, two}) {
                Http.Answer csv = new Http(port(instance)).getAs(editor.getUsername(), AccountFixtures.PASSWORD,
                        "/reports/fact-checks.csv?status=PUBLISHED");
                assertThat(csv.status()).isEqualTo(200);
                assertThat(csv.body()).contains(onOne.getText());
            }

            String text = "Instance one imported this text at " + System.nanoTime() + ". The ministry said 400 troops would stay.";
            ImportRequest request = ImportRequest.pasted(text, "Shared import", "Desk wire", LocalDate.of(2021, 7, 9), "en", null);
            ImportedSource imported = on(one, () -> as("alice", Role.REVIEWER, () -> one.getBean(ImportService.class).importDocument(request, false)));
            assertThat(on(two, () -> as("carol", Role.REVIEWER, () -> two.getBean(SourceService.class).find(imported.sourceId()))))
                    .as("imported on one, readable on two").isPresent();
            assertThatThrownBy(() -> on(two, () -> as("carol", Role.REVIEWER,
                    () -> two.getBean(ImportService.class).importDocument(request, false))))
                    .as("the same text again on two is the exact duplicate it is").isInstanceOf(ImportRefused.class);
            String other = "Instance two imported this one at " + System.nanoTime() + ". Officials counted 2,500 soldiers.";
            ImportedSource second = on(two, () -> as("carol", Role.REVIEWER, () -> two.getBean(ImportService.class).importDocument(
                    ImportRequest.pasted(other, "Second import", "Desk wire", LocalDate.of(2021, 7, 10), "en", null), false)));
            assertThat(on(one, () -> as("alice", Role.REVIEWER, () -> one.getBean(SourceService.class).find(second.sourceId())
                    .orElseThrow().getFullText().getBytes(StandardCharsets.UTF_8)))).isEqualTo(other.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres shared) {
        return new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--spring.datasource.url=" + shared.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0");
    }

    /**
     * Runs the call on this instance's side: each application installs its own security context holder
     * (Vaadin's), and its services read the signed-in colleague from that one only.
     */
    private static <T> T on(ConfigurableApplicationContext app, Supplier<T> call) {
        SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
        return call.get();
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
