package org.factcheck.archive;

/** A page as the fetcher got it: the final URL after redirects, the HTTP status, its type and body. */
public record FetchedPage(String finalUrl, int status, String contentType, byte[] body) {
}
