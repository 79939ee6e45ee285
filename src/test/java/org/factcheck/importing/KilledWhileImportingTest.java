package org.factcheck.importing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.factcheck.AppProcess;
import org.factcheck.Browser;
import org.factcheck.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app killed with SIGKILL while a reviewer's import is half-written: its source is inserted,
 * its candidate claims not yet, the transaction open. The test holds a lock on candidate_claim from
 * its own connection so that the import, started in the real UI, stops right there. After a restart
 * nothing of that import is left, and importing the same document again works.
 */
class KilledWhileImportingTest {

    private static final String DOCUMENT = """
            The Pentagon said on Monday that about 2,500 US troops would remain in Iraq after December 31, 2021.
            According to the ministry, 18 per cent of the budget went to defence in 2020.
            Reporting by the desk, reference %d.""".formatted(System.nanoTime());

    @TempDir
    Path data;

    @Test
    void an_app_killed_mid_import_leaves_no_partial_source_and_the_import_can_be_redone() throws SQLException {
        try (AppProcess app = AppProcess.start(data); Browser browser = new Browser()) {
            app.awaitLog("Seed from \\S+: added", Duration.ofMinutes(3));
            Page page = importForm(browser.newPage(), app);
            try (Connection blocker = DriverManager.getConnection(app.jdbcUrl())) {
                blocker.setAutoCommit(false);
                try (Statement lock = blocker.createStatement()) {
                    lock.execute("lock table candidate_claim in share mode");
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
                app.awaitDatabase(KilledWhileImportingTest::importWaitsWithItsSourceWritten, Duration.ofSeconds(30));
                app.kill();
                blocker.rollback();
            }

            app.restart().awaitLog("Seed from \\S+: added", Duration.ofMinutes(3));
            JdbcClient db = app.database();
            assertThat(sourcesWithTheDocument(db)).as("no source of the killed import").isZero();
            assertThat(db.sql("select count(*) from candidate_claim c where not exists (select 1 from source s where s.id = c.source_id)")
                    .query(Long.class).single()).as("no candidate claim without its source").isZero();
            assertThat(db.sql("select count(*) from source_fingerprint f where not exists (select 1 from source s where s.id = f.source_id)")
                    .query(Long.class).single()).as("no fingerprint without its source").isZero();
            assertThat(db.sql("select count(*) from appearance a where not exists (select 1 from source s where s.id = a.source_id)")
                    .query(Long.class).single()).as("no appearance without its source").isZero();

            Page again = importForm(browser.newPage(), app);
            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
            assertThat(again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Troops stay in Iraq")))
                    .isVisible();
            assertThat(sourcesWithTheDocument(db)).isEqualTo(1);
            assertThat(db.sql("""
                    select count(*) from candidate_claim c join source s on s.id = c.source_id where s.sha256 = :sha256""")
                    .param("sha256", Source.sha256Of(DOCUMENT)).query(Long.class).single()).isPositive();
            assertThat(db.sql("""
                    select count(*) from source_fingerprint f join source s on s.id = f.source_id where s.sha256 = :sha256""")
                    .param("sha256", Source.sha256Of(DOCUMENT)).query(Long.class).single()).isEqualTo(1);
        }
    }

    /** Signed in as the admin, on the import form with the document pasted and its details filled in. */
    private static Page importForm(Page page, AppProcess app) {
        page.navigate(app.url("/login"));
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AppProcess.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        page.navigate(app.url("/import"));
        page.getByLabel("Text").fill(DOCUMENT);
        page.getByLabel("Title").fill("Troops stay in Iraq");
        page.getByLabel("Outlet or publisher").fill("Desk wire");
        page.getByLabel("Published on").fill("9/7/2021");
        page.getByLabel("Published on").press("Enter");
        return page;
    }

    /**
     * The import's transaction waits for the lock on candidate_claim, having already written to
     * source and source_fingerprint (it holds their row-exclusive locks): it is half-way.
     */
    private static boolean importWaitsWithItsSourceWritten(JdbcClient db) {
        List<String> written = db.sql("""
                select held.relation::regclass::text from pg_locks waiting
                join pg_locks held on held.pid = waiting.pid and held.granted and held.mode = 'RowExclusiveLock'
                where not waiting.granted and waiting.relation = 'candidate_claim'::regclass""")
                .query(String.class).list();
        return written.containsAll(List.of("source", "source_fingerprint"));
    }

    private static long sourcesWithTheDocument(JdbcClient db) {
        return db.sql("select count(*) from source where sha256 = :sha256").param("sha256", Source.sha256Of(DOCUMENT))
                .query(Long.class).single();
    }
}
