package org.factcheck.search;

/** The kinds of record a search finds, in the order results are shown. */
public enum SearchHitType {
    ENTITY, CLAIM, SOURCE, VERDICT
}
