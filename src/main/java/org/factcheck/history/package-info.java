/**
 * The history of every change: Hibernate Envers writes a revision per committed change set, and
 * each revision names the reviewer who made it (and why, where a reason was given).
 */
package org.factcheck.history;
