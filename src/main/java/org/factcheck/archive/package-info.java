/**
 * Archived copies of the pages evidence cites: fetched safely (no private addresses, size and time
 * limits) or uploaded, stored once by SHA-256, their text extracted for the quote check, pinned to each
 * published version of a verdict (a trigger on the published evidence) and served publicly, sandboxed,
 * only for published fact-checks.
 */
package org.factcheck.archive;
