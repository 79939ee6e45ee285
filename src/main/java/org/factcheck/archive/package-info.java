/**
 * Archived copies of the pages evidence cites: fetched safely (no private addresses, size and time
 * limits) or uploaded, stored once by SHA-256 (in PostgreSQL, or a folder), their text extracted for the
 * quote check, taken automatically as a verdict is submitted or published (a desk setting), pinned to
 * each published version of a verdict and served publicly, sandboxed, only for public fact-checks; and
 * the link watch, which re-checks the live pages politely and flags those gone or changed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "claim", "claim::ui", "source", "verdict"})
package org.factcheck.archive;
