package org.factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app as a separate operating-system process, as a server runs it: {@code java -cp <this test
 * JVM's classpath> org.factcheck.Application}, with the same java, its own data folder and free
 * ports, its output in a log file. A test starts it, waits for a line of its log or a state of its
 * database, kills it as hard as a crash would ({@code kill -9}), and starts it again on the same
 * folder and ports:
 * <pre>{@code
 * try (AppProcess app = AppProcess.start(dataFolder)) {
 *     app.awaitDatabase(db -> ..., Duration.ofSeconds(60));   // or app.awaitLog("...", ...)
 *     app.kill();
 *     app.restart().awaitLog("Seed from \\S+: added", Duration.ofSeconds(120));
 * }
 * }</pre>
 */
public final class AppProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "app-process-admin-password";

    private static final Duration POLL = Duration.ofMillis(10);

    private final Path dataFolder;
    private final List<String> arguments;
    private final int port;
    private final int databasePort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    private AppProcess(Path dataFolder, List<String> arguments) {
        this.dataFolder = dataFolder;
        this.arguments = arguments;
        this.port = freePort();
        this.databasePort = freePort();
    }

    /** Starts the app on an embedded PostgreSQL in {@code dataFolder}, with these extra arguments ({@code --name=value}). */
    public static AppProcess start(Path dataFolder, String... arguments) {
        AppProcess app = new AppProcess(dataFolder, List.of(arguments));
        app.launch();
        return app;
    }

    /** Starts it again, on the same folder, ports and arguments; the previous process must have ended. */
    public AppProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("The app is still running");
        }
        launch();
        return this;
    }

    private void launch() {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                "org.factcheck.Application",
                "--server.port=" + port,
                "--factcheck.embedded-database.port=" + databasePort,
                "--factcheck.embedded-database.data-directory=" + dataFolder.resolve("postgres"),
                "--factcheck.admin.password=" + ADMIN_PASSWORD,
                "--vaadin.launch-browser=false"));
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command)
                    .directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile(starts).toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code /actuator/health} answers UP: the server is up, though the startup work that
     * follows (the seed) may still be running; wait for its log line for that.
     */
    public AppProcess awaitReady(Duration atMost) {
        return await("the app to be ready", () -> {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                return health.body().contains("\"status\":\"UP\"");
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, atMost);
    }

    /** Waits until a line of this start's log matches the regular expression. */
    public AppProcess awaitLog(String regex, Duration atMost) {
        Pattern pattern = Pattern.compile(regex);
        return await("a log line matching " + regex, () -> pattern.matcher(log(starts)).find(), atMost);
    }

    /** Waits until the condition holds in the app's database (while it is not up yet, it does not hold). */
    public AppProcess awaitDatabase(Predicate<JdbcClient> condition, Duration atMost) {
        return await("a condition in the database", () -> {
            try {
                return condition.test(database());
            } catch (RuntimeException notYet) {
                return false;
            }
        }, atMost);
    }

    /**
     * Kills the app with SIGKILL, as a crash or {@code kill -9} would: no shutdown hook runs, so its
     * embedded PostgreSQL is not stopped and goes on running, its connections cut.
     */
    public AppProcess kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    /** The app's database, while its embedded PostgreSQL runs. */
    public JdbcClient database() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setConnectTimeout(2);
        return JdbcClient.create(dataSource);
    }

    /**
     * The address of the app's database, for a connection of the test's own: as the app's role, with the
     * password the app generated and keeps in its data folder ({@code factcheck.pgpass}, as psql reads it).
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort + "/factcheck?user=factcheck&password=" + databasePassword();
    }

    private String databasePassword() {
        Path passwords = dataFolder.resolve("postgres").resolve("factcheck.pgpass");
        try {
            return Files.readAllLines(passwords, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("*:*:*:factcheck:"))
                    .map(line -> line.substring("*:*:*:factcheck:".length()))
                    .findFirst().orElseThrow();
        } catch (IOException notYetWritten) {
            throw new UncheckedIOException(notYetWritten);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Everything every start printed. */
    public String log() {
        return String.join("", IntStream.rangeClosed(1, starts).mapToObj(this::log).toList());
    }

    private String log(int start) {
        Path file = logFile(start);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Under target/, so that it outlives a temporary data folder for a look after a failed test. */
    private Path logFile(int start) {
        Path folder = Path.of("target", "app-process-logs");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve(dataFolder.getFileName() + "-" + start + ".log");
    }

    private AppProcess await(String what, BooleanSupplier condition, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("The app stopped while waiting for " + what + "; its log:\n" + tail(log(starts)));
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Waited " + atMost + " for " + what + "; the app's log:\n" + tail(log(starts)));
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 4_000));
    }

    /** Stops the app as a service manager would (SIGTERM), so that it stops its PostgreSQL too. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
