package org.factcheck.claim;

import org.factcheck.source.SourceTextReplaced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a source gets a new text version, checks every appearance in it again, in the same
 * transaction: where its quote occurs exactly once in the new text it moves there; anywhere else
 * (gone, or now ambiguous) it is flagged broken and keeps its quote, never silently pointing at
 * the wrong words.
 */
@Component
class Reanchoring {

    private final AppearanceRepository appearances;

    Reanchoring(AppearanceRepository appearances) {
        this.appearances = appearances;
    }

    @EventListener
    void on(SourceTextReplaced replaced) {
        for (Appearance appearance : appearances.findBySourceId(replaced.sourceId())) {
            if (QuoteAnchor.locate(replaced.newText(), appearance.getQuote()) instanceof QuoteAnchor.Found found) {
                appearance.anchorAt(found.anchor());
            } else {
                appearance.markBroken();
            }
        }
    }
}
