/** The landing page: where the desk's work stands, what changed lately, and what is assigned to me. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "claim", "importing", "verdict"})
package org.factcheck.dashboard;
