/**
 * Sources: the documents in which claims are found, with their full text exactly as received, its
 * SHA-256, and how and when each entered the database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "history", "history::ui"})
package org.factcheck.source;
