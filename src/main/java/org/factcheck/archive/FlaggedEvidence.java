package org.factcheck.archive;

/** An item of evidence the link watch flagged, with the claim it is evidence on: the editors' list. */
public record FlaggedEvidence(LinkCheck check, long claimId, String claimText, String quote) {
}
