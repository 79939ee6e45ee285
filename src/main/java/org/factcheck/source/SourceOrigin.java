package org.factcheck.source;

/** How a source entered the database. */
public enum SourceOrigin {
    SEED, IMPORT, MANUAL
}
