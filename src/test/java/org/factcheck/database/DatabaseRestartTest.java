package org.factcheck.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.factcheck.AppTest;
import org.factcheck.Application;
import org.factcheck.SeparateApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database server restarts while readers and an editor's script are calling the app: meanwhile
 * every request fails cleanly and soon (a 503 problem with Retry-After, never a 500 or a hang), and
 * afterwards the app serves again by itself, without a restart of its own.
 */
@ExtendWith(SeparateApplications.class)
class DatabaseRestartTest {

    /** A request may wait for a connection this long (the app's 5 s pool timeout) plus the work itself. */
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(10);

    /** Long enough that every caller makes at least one whole request (up to 5 s each) while it is down. */
    private static final Duration DOWN = Duration.ofSeconds(12);

    @TempDir
    Path data;

    /** One request a caller made: when it started, how long it took, and what came back. */
    record Call(String path, long startedAt, Duration took, int status, String contentType, String retryAfter) {
    }

    @Test
    void requests_fail_cleanly_while_the_database_restarts_and_succeed_again_afterwards() throws Exception {
        int port = freePort();
        EmbeddedPostgres database = startDatabase(port);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0")) {
            int appPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<Call> calls = new CopyOnWriteArrayList<>();
            AtomicBoolean calling = new AtomicBoolean(true);
            ExecutorService callers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (String path : List.of("/api/v1/fact-checks?limit=5", "/api/v1/entities", "/api/v1/feed.json",
                    "/reports/fact-checks.csv?status=REVIEWED")) {
                running.add(callers.submit(() -> callUntilStopped(appPort, path, calling, calls)));
            }
            try {
                assertThat(waitUntil(() -> allServedSince(calls, 0) && calls.size() >= 12, Duration.ofSeconds(60)))
                        .as("the app serves every caller before the database stops").isTrue();
                long stoppedAt = System.nanoTime();
                database.close();
                Thread.sleep(DOWN.toMillis());
                long restartedAt = System.nanoTime();
                database = startDatabase(port);
                boolean servedAgain = waitUntil(() -> allServedSince(calls, System.nanoTime() - 1_000_000_000L),
                        Duration.ofSeconds(15));
                long servedAgainAt = System.nanoTime();
                Thread.sleep(1_000);
                calling.set(false);
                for (Future<?> caller : running) {
                    caller.get(30, TimeUnit.SECONDS);
                }

                assertThat(calls).as("before the stop, everything is served")
                        .filteredOn(call -> call.startedAt() + call.took().toNanos() < stoppedAt).isNotEmpty()
                        .allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
                List<Call> whileDown = calls.stream().filter(call -> call.startedAt() > stoppedAt + 500_000_000L
                        && call.startedAt() + call.took().toNanos() < restartedAt).toList();
                assertThat(whileDown).as("while down, requests are refused as unavailable").isNotEmpty()
                        .allSatisfy(call -> {
                            assertThat(call.status()).as(call.path()).isEqualTo(503);
                            assertThat(call.contentType()).as(call.path()).startsWith("application/problem+json");
                            assertThat(call.retryAfter()).as(call.path()).isNotBlank();
                        });
                assertThat(whileDown.stream().map(Call::path).distinct()).as("every caller was refused").hasSize(4);
                assertThat(calls).as("no request hangs").allSatisfy(call ->
                        assertThat(call.took()).as(call.path()).isLessThan(LONGEST_ANSWER));
                assertThat(calls).as("nothing but 200 and 503").allSatisfy(call ->
                        assertThat(call.status()).as(call.path()).isIn(200, 503));
                assertThat(servedAgain).as("within 15 s of the restart, everything is served again").isTrue();
                assertThat(calls).as("and goes on being served").filteredOn(call -> call.startedAt() > servedAgainAt)
                        .isNotEmpty().allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
            } finally {
                calling.set(false);
                callers.shutdownNow();
            }
        } finally {
            database.close();
        }
    }

    private static boolean waitUntil(BooleanSupplier condition, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Whether every caller made a request since then, and every request since then was served. */
    private static boolean allServedSince(List<Call> calls, long since) {
        List<Call> recent = calls.stream().filter(call -> call.startedAt() > since).toList();
        return recent.stream().map(Call::path).distinct().count() == 4
                && recent.stream().allMatch(call -> call.status() == 200);
    }

    private EmbeddedPostgres startDatabase(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start();
    }

    /** Calls the path again and again, as the seeded admin (an editor, for the reports) over HTTP Basic. */
    private static Void callUntilStopped(int port, String path, AtomicBoolean calling, List<Call> calls) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String credentials = Base64.getEncoder().encodeToString(
                ("admin:" + AppTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .timeout(LONGEST_ANSWER.multipliedBy(3)).build();
        while (calling.get()) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            calls.add(new Call(path, started, Duration.ofNanos(System.nanoTime() - started), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null)));
            Thread.sleep(50);
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
