/**
 * The claims grid and the claim page. Other features extend them through the two public types here:
 * {@link org.factcheck.claim.ui.ClaimPageSection} (a section of the claim page, at a named
 * {@link org.factcheck.claim.ui.ClaimPageSection.Place}) and {@link org.factcheck.claim.ui.ClaimExports}
 * (the export controls); the views themselves and their parts stay package-private.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.factcheck.claim.ui;
