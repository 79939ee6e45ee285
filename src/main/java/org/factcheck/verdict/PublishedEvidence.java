package org.factcheck.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An item of evidence as it was published with one version of a verdict. */
@Embeddable
public record PublishedEvidence(
        @Enumerated(EnumType.STRING) @Column(nullable = false) Stance stance,
        @Column(nullable = false) String citation,
        Long sourceId,
        String url,
        String quote) {

    static PublishedEvidence of(Evidence item) {
        return new PublishedEvidence(item.getStance(), item.citation(),
                item.getSource() == null ? null : item.getSource().getId(), item.getUrl(), item.getQuote());
    }
}
