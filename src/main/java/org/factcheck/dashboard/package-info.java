/** The landing page: where the desk's work stands, what changed lately, and what is assigned to me. */
package org.factcheck.dashboard;
