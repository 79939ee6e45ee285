/**
 * Sources: the documents in which claims are found, with their full text exactly as received, its
 * SHA-256, and how and when each entered the database.
 */
package org.factcheck.source;
