/**
 * The Export buttons and dialog the report feature adds to the claims grid and the claim page
 * (through {@link org.factcheck.claim.ui.ClaimExports}).
 */
package org.factcheck.report.ui;
