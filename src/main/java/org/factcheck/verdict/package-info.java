/**
 * Verdicts: a rating from a scale, with a rationale and the evidence for and against, moving from
 * draft through review to publication.
 */
package org.factcheck.verdict;
