package org.factcheck.archive;

import java.time.Instant;

/** An archived copy as the public may see it: of a published fact-check's evidence. */
record PublicCopy(String url, String finalUrl, Instant takenAt, String contentType, byte[] content, String sha256) {
}
