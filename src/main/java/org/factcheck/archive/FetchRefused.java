package org.factcheck.archive;

/** Why a page was not fetched, in words a reviewer reads next to the evidence. */
public class FetchRefused extends RuntimeException {

    public FetchRefused(String message) {
        super(message);
    }
}
