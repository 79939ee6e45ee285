package org.factcheck.archive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web site on 127.0.0.1 that a test starts and changes as it goes: the pages evidence cites, for the
 * archive and the link watch (which reach loopback only under the test-only setting). A path it has no
 * page for answers 404.
 */
final class LocalSite implements AutoCloseable {

    private record Answer(int status, String type, String body, String location, long delayMillis) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.setExecutor(handlers);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** An HTML page at the path, from now on. */
    LocalSite page(String path, String html) {
        return answer(path, 200, "text/html; charset=utf-8", html);
    }

    LocalSite answer(String path, int status, String type, String body) {
        answers.put(path, new Answer(status, type, body, null, 0));
        return this;
    }

    LocalSite redirect(String path, int status, String location) {
        answers.put(path, new Answer(status, "text/plain", "", location, 0));
        return this;
    }

    LocalSite slow(String path, long delayMillis) {
        answers.put(path, new Answer(200, "text/html", "<p>late</p>", null, delayMillis));
        return this;
    }

    private void serve(HttpExchange exchange) throws IOException {
        Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(),
                new Answer(404, "text/html", "<p>Not found</p>", null, 0));
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.location() != null) {
            exchange.getResponseHeaders().add("Location", answer.location());
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.type());
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
