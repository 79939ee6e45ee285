package org.factcheck.claim.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimFilter;

/**
 * Exports of claims, which the report feature provides: the claims page and a claim's page place
 * its controls without the claim feature depending on reports. The controls show only to those
 * allowed to export.
 */
public interface ClaimExports {

    /** A control exporting the claims the grid's filter selects at the moment it is used. */
    Component forFilter(Supplier<ClaimFilter> filter);

    /** A control exporting this one claim. */
    Component forClaim(Claim claim);
}
