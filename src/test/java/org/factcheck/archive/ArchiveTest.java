package org.factcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.account.Role;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class ArchiveTest {

    @Autowired ArchiveService archive;
    @Autowired VerdictService verdicts;
    @Autowired Desk desk;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private LocalSite site;
    private String base;

    @BeforeEach
    void startSite() {
        site = new LocalSite()
                .page("/page", "<html><body><p>The minister said the bridge opened in 2019.</p><script>1</script></body></html>")
                .redirect("/moved", 301, "/page")
                .redirect("/loop", 302, "/loop")
                .redirect("/to-metadata", 302, "http://169.254.169.254/latest/meta-data/")
                .slow("/slow", 4000)
                .answer("/huge", 200, "text/plain", "x".repeat(2 * 1024 * 1024));
        base = site.url("");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void fetchesAPageAndFindsTheQuoteInItsText() {
        ArchivedCapture copy = as("archivist", Role.REVIEWER,
                () -> archive.archive(base + "/page", "the bridge opened in 2019"));
        assertThat(copy.httpStatus()).isEqualTo(200);
        assertThat(copy.finalUrl()).isEqualTo(base + "/page");
        assertThat(copy.contentType()).startsWith("text/html");
        assertThat(copy.sha256()).hasSize(64);
        assertThat(copy.quoteFound()).isTrue();
        assertThat(as("archivist", Role.REVIEWER, () -> archive.latest(base + "/page", "the bridge closed")).orElseThrow()
                .quoteFound()).isFalse();
    }

    @Test
    void followsARedirectAndKeepsTheFinalAddress() {
        ArchivedCapture copy = as("archivist", Role.REVIEWER, () -> archive.archive(base + "/moved", "minister"));
        assertThat(copy.url()).isEqualTo(base + "/moved");
        assertThat(copy.finalUrl()).isEqualTo(base + "/page");
        assertThat(copy.quoteFound()).isTrue();
    }

    @Test
    void keepsA404AsAPageThatIsGone() {
        ArchivedCapture copy = as("archivist", Role.REVIEWER, () -> archive.archive(base + "/gone", "anything"));
        assertThat(copy.httpStatus()).isEqualTo(404);
        assertThat(copy.quoteFound()).isFalse();
    }

    @Test
    void refusesSlowHugeLoopingAndPrivateAddresses() {
        assertRefused(base + "/slow", "did not answer within 2 seconds");
        assertRefused(base + "/huge", "larger than");
        assertRefused(base + "/loop", "More than 5 redirects");
        assertRefused(base + "/to-metadata", "169.254.169.254");
        assertRefused("http://10.1.2.3/", "private network");
        assertRefused("http://192.168.0.1/", "private network");
        assertRefused("http://[fd00::1]/", "private network");
        assertRefused("file:///etc/passwd", "Only http and https");
        assertRefused("ftp://example.org/", "Only http and https");
    }

    @Test
    void refusesLoopbackUnlessTheTestOnlySettingAllowsIt() {
        SafeFetcher production = new SafeFetcher(java.time.Duration.ofSeconds(2),
                org.springframework.util.unit.DataSize.ofMegabytes(1), 5, false);
        assertThatThrownBy(() -> production.fetch(base + "/page")).isInstanceOf(FetchRefused.class)
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> production.fetch("http://localhost:" + port + "/")).isInstanceOf(FetchRefused.class);
    }

    @Test
    void pinsTheUploadedCopyToThePublicationAndServesItOnlyOncePublished() {
        Verdict inReview = desk.inReview("archive-author");
        var item = inReview.getEvidence().getFirst();
        String page = "<html><body><p>" + item.getQuote() + "</p><script>document.title='ran'</script></body></html>";
        ArchivedCapture upload = as("archive-author", Role.REVIEWER, () -> archive.upload(item.getUrl(), "text/html",
                page.getBytes(StandardCharsets.UTF_8), item.getQuote()));
        assertThat(upload.uploaded()).isTrue();
        assertThat(upload.quoteFound()).isTrue();
        assertThat(upload.sha256()).isEqualTo(Copies.sha256(page.getBytes(StandardCharsets.UTF_8)));

        Http http = new Http(port);
        assertThat(http.get("/archive/" + upload.id()).status()).isEqualTo(404);

        as("archive-editor", Role.EDITOR, () -> verdicts.publish(inReview, "Checked, with the archived copy."));
        long publication = jdbc.sql("select max(id) from verdict_publication where verdict_id = ?")
                .param(inReview.getId()).query(Long.class).single();
        var pinned = as("archive-editor", Role.REVIEWER, () -> archive.pinned(publication));
        assertThat(pinned.values()).singleElement().satisfies(copy -> {
            assertThat(copy.sha256()).isEqualTo(upload.sha256());
            assertThat(copy.quoteFound()).isTrue();
        });

        Http.Answer served = http.get("/archive/" + upload.id());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(served.body()).contains("Archived copy of " + item.getUrl()).contains(upload.sha256());
    }

    @Test
    void aScreenshotIsServedAsADownload() {
        Verdict inReview = desk.inReview("archive-author");
        var item = inReview.getEvidence().getFirst();
        ArchivedCapture upload = as("archive-author", Role.REVIEWER, () -> archive.upload(item.getUrl(), "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) System.nanoTime()}, item.getQuote()));
        assertThat(upload.quoteFound()).isNull();
        as("archive-editor", Role.EDITOR, () -> verdicts.publish(inReview, "Checked the screenshot."));
        Http.Answer served = new Http(port).get("/archive/" + upload.id());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Disposition")).startsWith("attachment");
        assertThat(served.header("Content-Type")).isEqualTo("application/octet-stream");
    }

    @Test
    void anEmptyOrOversizedUploadIsRefusedWithTheReasonAndKeepsNothing() {
        String url = site.url("/uploaded-" + Desk.newMarker());
        assertThatThrownBy(() -> as("archivist", Role.REVIEWER, () -> archive.upload(url, "text/html", new byte[0], null)))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> as("archivist", Role.REVIEWER, () -> archive.upload(url, "application/pdf",
                new byte[2 * 1024 * 1024], null))).isInstanceOf(FetchRefused.class).hasMessageContaining("larger than 1 MB");
        assertThatThrownBy(() -> as("archivist", Role.REVIEWER, () -> archive.upload("javascript:alert(1)", "text/html",
                "<p>x</p>".getBytes(StandardCharsets.UTF_8), null))).isInstanceOf(FetchRefused.class)
                .hasMessageContaining("Only http and https");
        assertThat(as("archivist", Role.REVIEWER, () -> archive.latest(url, null))).isEmpty();
    }

    @Test
    void aPublishedFactCheckLinksTheCopyPinnedToItInTheApiAndOnItsPage() {
        String quote = "Turnout was 61 percent " + Desk.newMarker();
        site.page("/cited", "<html><body><p>" + quote + ".</p></body></html>");
        Verdict draft = desk.draftCiting("archive-author", site.url("/cited"), quote);
        ArchivedCapture copy = as("archive-author", Role.REVIEWER, () -> archive.archive(site.url("/cited"), quote));
        assertThat(copy.quoteFound()).isTrue();
        Verdict inReview = as("archive-author", Role.REVIEWER, () -> verdicts.submitForReview(draft, "With its copy."));
        as("archive-editor", Role.EDITOR, () -> verdicts.publish(desk.reload(inReview), "Checked against the copy."));

        Http http = new Http(port);
        var factCheck = http.get("/api/v1/fact-checks/" + draft.getClaim().getId()).json();
        var archived = factCheck.get("evidence").get(0).get("archived_copy");
        assertThat(archived.get("url").asString()).endsWith("/archive/" + copy.id());
        assertThat(archived.get("content_sha256").asString()).isEqualTo(copy.sha256());
        assertThat(archived.get("taken_at").asString()).isNotBlank();

        String page = http.get(java.net.URI.create(factCheck.get("url").asString()).getPath()).body();
        assertThat(page).contains("/archive/" + copy.id() + "\"").contains("Archived copy").contains(copy.sha256().substring(0, 12));
    }

    @Test
    void aCorrectionPinsTheCopiesItHadThenAndTheFirstVersionKeepsItsOwn() {
        String quote = "The budget grew by 4 percent " + Desk.newMarker();
        site.page("/budget", "<p>" + quote + ".</p>");
        Verdict draft = desk.draftCiting("archive-author", site.url("/budget"), quote);
        ArchivedCapture first = as("archive-author", Role.REVIEWER, () -> archive.archive(site.url("/budget"), quote));
        Verdict inReview = as("archive-author", Role.REVIEWER, () -> verdicts.submitForReview(draft, "With its copy."));
        Verdict published = as("archive-editor", Role.EDITOR, () -> verdicts.publish(desk.reload(inReview), "Checked."));

        site.page("/budget", "<p>" + quote + ", the ministry now adds.</p>");
        ArchivedCapture second = as("archive-author", Role.REVIEWER, () -> archive.archive(site.url("/budget"), quote));
        as("archive-editor", Role.EDITOR, () -> verdicts.correct(desk.reload(published), verdicts.rating("Mostly true").orElseThrow(),
                "The ministry's page now adds a caveat.", "Rating changed after the ministry's update."));
        as("second-editor", Role.EDITOR, () -> verdicts.publishCorrection(desk.reload(published)));

        List<Long> versions = jdbc.sql("select id from verdict_publication where verdict_id = ? order by version_number")
                .param(draft.getId()).query(Long.class).list();
        assertThat(versions).hasSize(2);
        assertThat(as("archive-editor", Role.REVIEWER, () -> archive.pinned(versions.get(0))).values())
                .extracting(ArchivedCapture::id).containsExactly(first.id());
        assertThat(as("archive-editor", Role.REVIEWER, () -> archive.pinned(versions.get(1))).values())
                .extracting(ArchivedCapture::id).containsExactly(second.id());
        assertThat(new Http(port).get("/api/v1/fact-checks/" + draft.getClaim().getId()).json()
                .get("evidence").get(0).get("archived_copy").get("url").asString()).endsWith("/archive/" + second.id());
        assertThat(new Http(port).get("/archive/" + first.id()).status()).as("the first version's copy stays readable").isEqualTo(200);
    }

    private void assertRefused(String url, String why) {
        assertThatThrownBy(() -> as("archivist", Role.REVIEWER, () -> archive.archive(url, null)))
                .isInstanceOf(FetchRefused.class).hasMessageContaining(why);
    }
}
