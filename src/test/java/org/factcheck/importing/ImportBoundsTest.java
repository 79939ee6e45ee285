package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Regression tests of the security findings in the import (issue 13, listed in docs/security.md):
 * F-07 Markdown parsing bounded in time and done before any database connection is held, F-09 the
 * upload limit enforced by the server while the upload streams, F-13 deeply nested Markdown
 * refused with a message instead of a StackOverflowError.
 */
@AppTest
@WithMockUser(username = "rita", roles = "REVIEWER")
class ImportBoundsTest {

    /**
     * 400 KB of "<": unbounded parsing grows with the square of the size (100 KB took 40 s of CPU in the
     * assessment, but only 4–5 s on a quiet machine here, too close to the 5 s limit to be sure of).
     */
    private static final byte[] ANGLE_BRACKETS = "<".repeat(400_000).getBytes(StandardCharsets.UTF_8);

    @Autowired
    ImportService imports;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void f07_a_markdown_file_that_takes_too_long_to_parse_is_refused_within_the_time_limit() {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            SecurityContextHolder.setContext(signedIn);
            assertThatThrownBy(() -> imports.importDocument(markdown(ANGLE_BRACKETS, "brackets.md"), false))
                        .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems().get("file"))
                                .contains("took more than", "plain text"));
        });
    }

    @Test
    void f07_no_database_connection_is_held_while_a_markdown_file_is_parsed() throws InterruptedException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        AtomicBoolean parsing = new AtomicBoolean(true);
        AtomicInteger fewestActive = new AtomicInteger(Integer.MAX_VALUE);
        // Background work (fingerprints, embeddings) takes connections now and then: a connection the import
        // held while parsing would be in use the whole time, so the fewest in use while it parses tells.
        // Sampling starts a moment in, once an import that took a connection first would hold it.
        Thread watcher = Thread.ofPlatform().start(() -> {
            long from = System.nanoTime() + 500_000_000L;
            while (parsing.get()) {
                if (System.nanoTime() > from) {
                    fewestActive.accumulateAndGet(pool.getHikariPoolMXBean().getActiveConnections(), Math::min);
                }
                Thread.onSpinWait();
            }
        });

        assertThatThrownBy(() -> imports.importDocument(markdown(ANGLE_BRACKETS, "brackets.md"), false))
                .isInstanceOf(ImportRefused.class);
        parsing.set(false);
        watcher.join();

        assertThat(fewestActive.get()).as("connections in use while parsing").isZero();
    }

    @Test
    void f09_an_upload_larger_than_the_limit_is_refused_having_read_no_more_than_the_limit() {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return read.incrementAndGet() <= 28L * 1024 * 1024 ? 'a' : -1;
            }
        };

        assertThatThrownBy(() -> imports.receiveUpload(endless, "huge.txt"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(ImportRefused.Kind.TOO_LARGE);
                    assertThat(refused.getMessage()).contains("larger than the 2048 KB");
                });
        assertThat(read.get()).isLessThanOrEqualTo(imports.maxBytes() + 1);
    }

    @Test
    void f09_an_oversized_multipart_upload_over_http_is_answered_413_as_it_streams() throws Exception {
        String boundary = "bounds";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        // 28 MB sent in chunks with no length given, as a client streaming a file does.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/desk/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + AppTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream(head), new InputStream() {
                            private long left = 28L * 1024 * 1024;

                            @Override
                            public int read() {
                                return left-- > 0 ? 'a' : -1;
                            }
                        })))
                .build();

        HttpResponse<String> answer;
        try {
            answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedEarly) {
            // The server may also close the connection once it has answered, before the client has sent everything.
            return;
        }
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void f13_markdown_nested_twenty_thousand_levels_deep_is_refused_with_a_message() {
        byte[] nested = (">".repeat(20_000) + " Iraq said 2,500 troops would stay.").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.importDocument(markdown(nested, "nested.md"), false))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems().get("file"))
                        .contains("levels deep", "at most " + DocumentText.DEEPEST_NESTING));
    }

    @Test
    void f13_markdown_nested_as_deep_as_an_article_may_be_is_still_imported() {
        byte[] quoted = (">".repeat(5) + " Iraq said 2,500 troops would stay, the ministry announced on " + System.nanoTime() + ".")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(imports.importDocument(markdown(quoted, "quoted.md"), false).candidates()).isPositive();
    }

    private static ImportRequest markdown(byte[] bytes, String name) {
        return ImportRequest.file(bytes, name, "Hostile " + System.nanoTime(), "Desk wire", LocalDate.of(2021, 9, 7), "en", null);
    }
}
