package org.factcheck.claim.ui;

import com.vaadin.flow.component.Component;
import org.factcheck.claim.Claim;

/**
 * A section of the claim page that another feature contributes, such as the verdict with its
 * evidence, or the history. Features that build on claims add to the page without the claim
 * feature depending on them.
 */
public interface ClaimPageSection {

    /** Where on the page this section stands. */
    Place place();

    /** A new component showing this section for the claim (called once per page view). */
    Component create(Claim claim);

    /**
     * The claim page's parts from top to bottom, the claim feature's own and the contributed ones:
     * the one place the page's order is decided. A feature adding a section names its place here.
     */
    enum Place {
        /** The claim's own fields and the Save button. */
        CLAIM,
        /** Where the claim appears, each quote in its source. */
        APPEARANCES,
        /** The claims linked with this one. */
        LINKED_CLAIMS,
        /** Claims that say the same, and their verdicts: read before an empty verdict form. */
        SAME_CLAIM,
        /** The verdict with its evidence and workflow. */
        VERDICT,
        /** The archived copies of the pages the evidence cites, with the quote checked and the link watch's flags. */
        ARCHIVED_COPIES,
        /** The reviewers' comments on the claim, with mentions. */
        COMMENTS,
        /** Who changed the claim, its verdict and evidence, and when. */
        HISTORY
    }
}
