package org.factcheck.claim;

import com.vaadin.flow.component.Component;

/**
 * A section of the claim page that another feature contributes, such as the verdict with its
 * evidence, or the history. Features that build on claims add to the page without the claim
 * feature depending on them.
 */
public interface ClaimPageSection {

    /** Sections appear below the claim's own details, in ascending order. */
    int order();

    /** A new component showing this section for the claim (called once per page view). */
    Component create(Claim claim);
}
