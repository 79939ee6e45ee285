package org.factcheck.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a fact-check comes from, for the desk's own report: every step of its verdict's workflow
 * (who drafted it, who submitted it, who published and corrected it, and when), and the SHA-256 of
 * the exact text of each source it appears in, by source id.
 */
record Provenance(List<Step> steps, Map<Long, String> sourceHashes) {

    static final Provenance UNKNOWN = new Provenance(List.of(), Map.of());

    /** One workflow step: "Drafted", "Published" … by whom, when. */
    record Step(String step, String madeBy, Instant madeAt) {
    }
}
