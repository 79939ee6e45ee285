package org.factcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.SeparateApplications;
import org.factcheck.account.Role;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A desk that archives automatically as the workflow moves and keeps its copies in a folder, in an app of
 * its own with those settings: submitting takes a copy of the cited page, publishing pins it, and the
 * copy's bytes are a file named by their hash, served from there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factcheck.archive.automatically=submit", "factcheck.archive.folder=" + ArchiveOnWorkflowTest.FOLDER})
@ActiveProfiles("test")
@ExtendWith(SeparateApplications.class)
class ArchiveOnWorkflowTest {

    static final String FOLDER = "target/archive-on-workflow-test-copies";

    @Autowired VerdictService verdicts;
    @Autowired ArchiveService archive;
    @Autowired Desk desk;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final LocalSite site = new LocalSite();

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void submitting_takes_a_copy_of_the_cited_page_and_publishing_pins_it_kept_in_the_folder() throws Exception {
        String quote = "Exports rose by 12 percent " + Desk.newMarker();
        String page = "<html><body><p>" + quote + " in the third quarter.</p></body></html>";
        site.page("/report", page);
        Verdict draft = desk.draftCiting("auto-author", site.url("/report"), quote);
        assertThat(latest(site.url("/report"), quote)).as("nothing is taken while the verdict is a draft").isEmpty();

        Verdict inReview = as("auto-author", Role.REVIEWER, () -> verdicts.submitForReview(draft, "Ready."));
        ArchivedCapture copy = eventually(() -> latest(site.url("/report"), quote));
        assertThat(copy.takenBy()).isEqualTo("auto-author (automatically, submitted for review)");
        assertThat(copy.quoteFound()).isTrue();
        assertThat(copy.sha256()).isEqualTo(Copies.sha256(page.getBytes(StandardCharsets.UTF_8)));

        Path file = Path.of(FOLDER, copy.sha256().substring(0, 2), copy.sha256());
        assertThat(file).hasBinaryContent(page.getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("select kept_in || ':' || (content is null) from archived_copy where sha256 = ?")
                .param(copy.sha256()).query(String.class).single()).isEqualTo("FOLDER:true");

        site.page("/report", "<p>Changed after the review began.</p>");
        as("auto-editor", Role.EDITOR, () -> verdicts.publish(desk.reload(inReview), "Checked."));
        long publication = jdbc.sql("select max(id) from verdict_publication where verdict_id = ?")
                .param(draft.getId()).query(Long.class).single();
        assertThat(as("auto-editor", Role.REVIEWER, () -> archive.pinned(publication)).values()).singleElement()
                .satisfies(pinned -> assertThat(pinned.sha256()).as("the copy the editor saw in review").isEqualTo(copy.sha256()));

        Http.Answer served = new Http(port).get("/archive/" + copy.id());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).contains(quote).contains("Archived copy of " + site.url("/report"));
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void a_page_first_archived_at_publication_is_pinned_to_the_version_just_published() {
        String quote = "The bridge cost 80 million " + Desk.newMarker();
        Verdict draft = desk.draftCiting("auto-author", site.url("/late"), quote);
        Verdict inReview = as("auto-author", Role.REVIEWER, () -> verdicts.submitForReview(draft, "Ready."));
        ArchivedCapture gone = eventually(() -> latest(site.url("/late"), quote));
        assertThat(gone.httpStatus()).as("the page was not there yet at submission").isEqualTo(404);

        site.page("/late", "<p>" + quote + ".</p>");
        as("auto-editor", Role.EDITOR, () -> verdicts.publish(desk.reload(inReview), "Checked."));
        long publication = jdbc.sql("select max(id) from verdict_publication where verdict_id = ?")
                .param(draft.getId()).query(Long.class).single();
        ArchivedCapture pinned = eventually(() -> as("auto-editor", Role.REVIEWER, () -> archive.pinned(publication))
                .values().stream().findFirst());
        assertThat(pinned.httpStatus()).isEqualTo(200);
        assertThat(pinned.takenBy()).isEqualTo("auto-editor (automatically, published)");
        assertThat(pinned.quoteFound()).isTrue();
    }

    private Optional<ArchivedCapture> latest(String url, String quote) {
        return as("auto-author", Role.REVIEWER, () -> archive.latest(url, quote));
    }

    /** The background copy, once it is there: it is taken after the step commits, on its own thread. */
    private static ArchivedCapture eventually(Supplier<Optional<ArchivedCapture>> copy) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<ArchivedCapture> taken = copy.get();
            if (taken.isPresent()) {
                return taken.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No copy was taken within 10 seconds");
    }
}
