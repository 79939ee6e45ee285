/**
 * History for people: the history of any record (or of a record with everything that belongs to
 * it), with a field-level comparison of any two revisions, for features to put on their pages; and
 * the desk's activity log.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.factcheck.history.ui;
