package org.factcheck.archive;

/** A web page an item of evidence cites (its own address, or that of the source it cites), with the quote. */
record CitedPage(long evidenceId, String url, String quote) {
}
