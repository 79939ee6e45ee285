package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * F-01: the run command started Vaadin's development tools on every interface, and any request from
 * loopback, or claiming to be with {@code Forwarded: for=}, got their token. The tests run the app in
 * development mode (quicker than building the production bundle), with the defaults of application.properties.
 */
@AppTest
class DeveloperToolsTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"", "for=127.0.0.1", "for=\"[::1]\"", "for=10.1.2.3"})
    void no_page_hands_out_the_developer_tools_or_their_token(String forwarded) throws Exception {
        for (String path : List.of("/login", "/", "/sources")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (!forwarded.isEmpty()) {
                request.header("Forwarded", forwarded).header("X-Forwarded-For", forwarded.substring(4));
            }
            HttpResponse<String> page = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).as(path + " with Forwarded: " + forwarded)
                    .doesNotContain("devToolsConf", "\"token\"");
        }
    }

    @Test
    void the_app_listens_on_loopback_only() throws IOException {
        InetAddress outside = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst().orElse(null);
        Assumptions.assumeTrue(outside != null, "this machine has a network address besides loopback");
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        assertThatThrownBy(() -> {
            try (Socket fromTheNetwork = new Socket()) {
                fromTheNetwork.connect(new InetSocketAddress(outside, port), 2000);
            }
        }).as("a connection to " + outside.getHostAddress()).isInstanceOf(IOException.class);
    }
}
