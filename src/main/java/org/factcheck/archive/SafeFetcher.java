package org.factcheck.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Fetches a cited page without letting a URL reach inside the desk's network: only http(s), every host
 * resolved and refused if any of its addresses is private, loopback, link-local (the cloud metadata
 * address 169.254.169.254 is one), unique-local or multicast, checked again on every redirect, which it
 * follows itself; bodies over the size limit, slow servers and too many redirects are refused too.
 */
@Component
class SafeFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final boolean loopbackAllowed;

    SafeFetcher(@Value("${factcheck.archive.timeout:10s}") Duration timeout,
            @Value("${factcheck.archive.max-bytes:10MB}") DataSize maxBytes,
            @Value("${factcheck.archive.max-redirects:5}") int maxRedirects,
            @Value("${factcheck.archive.test-only-allow-loopback:false}") boolean loopbackAllowed) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes.toBytes();
        this.maxRedirects = maxRedirects;
        this.loopbackAllowed = loopbackAllowed;
    }

    FetchedPage fetch(String url) {
        URI uri = checked(url);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                close(response);
                if (redirects == maxRedirects) {
                    throw new FetchRefused("More than " + maxRedirects + " redirects.");
                }
                uri = checked(uri.resolve(location.get()).toString());
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
            return new FetchedPage(uri.toString(), status, type, body(response));
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("User-Agent", "factcheck-archive/1 (archiving cited evidence)").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchRefused("The server did not answer within " + timeout.toSeconds() + " seconds.");
        } catch (IOException e) {
            throw new FetchRefused("The page could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchRefused("Fetching was interrupted.");
        }
    }

    private byte[] body(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchRefused("The page is larger than " + maxBytes + " bytes.");
            }
            return body;
        } catch (IOException e) {
            throw new FetchRefused("The page could not be read: " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // a redirect's body is not read; nothing is lost by failing to close it
        }
    }

    /** The URI if its scheme is http(s) and every address its host resolves to is public. */
    URI checked(String url) {
        URI uri = checkedScheme(url);
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    throw new FetchRefused("The address " + address.getHostAddress() + " of " + uri.getHost()
                            + " is inside a private network; it is not fetched.");
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchRefused("The host " + uri.getHost() + " is not known (DNS).");
        }
        return uri;
    }

    /** The URI if it is an http(s) address with a host. */
    URI checkedScheme(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchRefused("Not a web address: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefused("Only http and https pages are archived, not " + (scheme.isEmpty() ? "this address" : scheme) + ".");
        }
        if (uri.getHost() == null) {
            throw new FetchRefused("The address has no host: " + url);
        }
        return uri;
    }

    private boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return loopbackAllowed;
        }
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierGrade = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return !(address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || uniqueLocal || carrierGrade);
    }
}
