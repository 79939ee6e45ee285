package org.factcheck.claim;

/** How much checking a claim deserves: its reach and the harm it could do if wrong. */
public enum CheckWorthiness {
    HIGH, MEDIUM, LOW
}
