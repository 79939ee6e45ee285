package org.factcheck.matching;

import java.time.LocalDate;

/**
 * Another desk's fact-check, imported from its ClaimReview markup. Public by nature (its publisher
 * published it), but never ours: it is never in our feed, pages or exports, only matched against.
 *
 * @param publisherSite the publisher's host name, e.g. "www.snopes.com"
 */
public record ExternalFactCheck(long id, String url, String claimReviewed, String title, String publisherName,
        String publisherSite, String textualRating, LocalDate reviewDate, String language, String claimant,
        LocalDate claimDate) {
}
