/**
 * The desk's figures: fact-checks published per week or month, their ratings, how long claims wait for a
 * draft and for publication, corrections and retractions with their turnaround, each reviewer's work and
 * the check-worthy claims still open, over a chosen period, as server-rendered SVG charts, tables and CSV
 * for editors; and the published-data figures the public transparency page shows. SQL over the views the
 * claim, verdict and account modules offer (V321), never their tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "claim", "report"})
package org.factcheck.figures;
