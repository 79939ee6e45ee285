package org.factcheck.source;

import org.factcheck.base.Refusal;

/** The exact text of a source is already in the database. */
public class DuplicateSourceException extends Refusal {

    DuplicateSourceException(String sha256) {
        super("This exact text is already a source in the database (SHA-256 " + sha256 + ").");
    }
}
