/**
 * Importing a new source: a pasted text or a .txt, .md or .html file with its details, refused when
 * it is not usable text or already in the database, flagged when it nearly is; then the sentences
 * likely worth checking, proposed as candidate claims for a reviewer to accept or dismiss.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "claim", "entity", "source", "source::ui", "matching"})
package org.factcheck.importing;
