package org.factcheck.verdict;

/** What a piece of evidence does for the claim. */
public enum Stance {
    SUPPORTS, REFUTES, CONTEXT
}
