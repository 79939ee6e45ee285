package org.factcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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

    private HttpServer site;
    private java.util.concurrent.ExecutorService handlers;
    private String base;

    @BeforeEach
    void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/page", exchange -> answer(exchange, 200, "text/html",
                "<html><body><p>The minister said the bridge opened in 2019.</p><script>1</script></body></html>"));
        site.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            answer(exchange, 301, "text/plain", "");
        });
        site.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            answer(exchange, 302, "text/plain", "");
        });
        site.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            answer(exchange, 302, "text/plain", "");
        });
        site.createContext("/gone", exchange -> answer(exchange, 404, "text/html", "<p>Not found</p>"));
        site.createContext("/slow", exchange -> {
            sleep(4000);
            answer(exchange, 200, "text/html", "<p>late</p>");
        });
        site.createContext("/huge", exchange -> answer(exchange, 200, "text/plain", "x".repeat(2 * 1024 * 1024)));
        handlers = java.util.concurrent.Executors.newCachedThreadPool();
        site.setExecutor(handlers);
        site.start();
        base = "http://127.0.0.1:" + site.getAddress().getPort();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
        handlers.shutdownNow();
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
        assertThat(upload.sha256()).isEqualTo(ArchiveService.sha256(page.getBytes(StandardCharsets.UTF_8)));

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

    private void assertRefused(String url, String why) {
        assertThatThrownBy(() -> as("archivist", Role.REVIEWER, () -> archive.archive(url, null)))
                .isInstanceOf(FetchRefused.class).hasMessageContaining(why);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
