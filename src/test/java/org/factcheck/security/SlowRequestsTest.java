package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.factcheck.AppTest;
import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * F-11: request bodies sent slowly held the worker threads. A connection that stops sending in the middle
 * of its body is dropped after the connection timeout (10 s), and the app goes on answering others.
 */
@AppTest
class SlowRequestsTest {

    @LocalServerPort
    int port;

    @Test
    void a_body_that_stops_arriving_is_dropped_and_the_app_still_answers() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", port)) {
            slow.setSoTimeout((int) Duration.ofSeconds(40).toMillis());
            OutputStream out = slow.getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:" + port
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nusername=adm")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Instant sent = Instant.now();

            InputStream in = slow.getInputStream();
            boolean closedOrRefused;
            try {
                byte[] answer = in.readAllBytes();
                closedOrRefused = answer.length == 0 || new String(answer, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 4");
            } catch (SocketTimeoutException stillHeld) {
                closedOrRefused = false;
            }

            assertThat(closedOrRefused).as("the stalled request was dropped, not held").isTrue();
            assertThat(Duration.between(sent, Instant.now())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(30));
        }
        assertThat(new Http(port).get("/api/v1/fact-checks").status()).isEqualTo(200);
    }
}
