package org.factcheck.source;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.base.Refusal;
import org.factcheck.history.ChangeReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading sources (every reviewer) and adding or describing them (editors). A source's text changes
 * only by an explicit new text version, which keeps the old text and has everything anchored to
 * the text checked again.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class SourceService {

    private final SourceRepository sources;
    private final SourceTextVersionRepository textVersions;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    SourceService(SourceRepository sources, SourceTextVersionRepository textVersions, ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.sources = sources;
        this.textVersions = textVersions;
        this.events = events;
        this.entityManager = entityManager;
    }

    public List<SourceSummary> list(SourceFilter filter, Pageable page) {
        return sources.findSummaries(filter.textPattern(), blankToNull(filter.outlet()), blankToNull(filter.language()),
                filter.publishedFrom(), filter.publishedTo(), page).getContent();
    }

    public List<String> outlets() {
        return sources.findOutlets();
    }

    public List<String> languages() {
        return sources.findLanguages();
    }

    public Optional<SourceSummary> summary(long id) {
        return sources.findSummary(id);
    }

    public Optional<Source> find(long id) {
        return sources.findById(id);
    }

    public long count() {
        return sources.count();
    }

    /** The source whose current text has exactly this SHA-256, if any. */
    public Optional<SourceSummary> findBySha256(String sha256) {
        return sources.findSummaryBySha256(sha256);
    }

    /** Adds a source; a text already in the database (same SHA-256) is refused. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Source add(Source source) {
        return insert(source);
    }

    /**
     * Adds a source a reviewer imported (a news text they are checking, with its details). Reviewers
     * may import, so that finding claims in new texts does not wait for an editor; editing a
     * source's details or text afterwards stays with editors.
     */
    @Transactional
    public Source addImported(Source source) {
        if (source.getOrigin() != SourceOrigin.IMPORT) {
            throw new IllegalArgumentException("Only an imported source is added this way.");
        }
        return insert(source);
    }

    private Source insert(Source source) {
        if (sources.existsBySha256(source.getSha256())) {
            throw new DuplicateSourceException(source.getSha256());
        }
        Source saved = sources.save(source);
        events.publishEvent(new SourceAdded(saved.getId(), saved.getFullText()));
        return saved;
    }

    /** Saves an editor's changes to a source's description (its text never changes here). */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Source save(Source source) {
        if (source.isNew()) {
            return add(source);
        }
        return sources.save(source);
    }

    /** The texts the source had before, oldest first; its current text is not among them. */
    public List<SourceTextVersion> textVersions(long sourceId) {
        return textVersions.findBySourceIdOrderByVersionNumber(sourceId);
    }

    /**
     * Replaces a source's text with a new version, such as the outlet's corrected article, keeping
     * the old text as a version with the reason. Everything anchored to the text is checked again
     * before this commits: re-anchored where its quote still occurs exactly once, flagged otherwise.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Source replaceText(long sourceId, String newText, String reason) {
        Source source = sources.findById(sourceId)
                .orElseThrow(() -> new Refusal("The source " + sourceId + " does not exist."));
        if (newText == null || newText.isBlank()) {
            throw new Refusal("The new text is empty: paste the whole new text of the source.");
        }
        if (newText.equals(source.getFullText())) {
            throw new Refusal("The new text is identical to the current one: there is nothing to replace.");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("Say why the text changes (for example, the outlet corrected its article): "
                    + "the reason is kept with the old text.");
        }
        String sha256 = Source.sha256Of(newText);
        if (sources.existsBySha256(sha256)) {
            throw new DuplicateSourceException(sha256);
        }
        textVersions.save(new SourceTextVersion(source, textVersions.countBySourceId(sourceId) + 1, Instant.now(),
                CurrentReviewer.username(), reason.strip()));
        source.replaceText(newText);
        ChangeReason.forThisTransaction(entityManager, "New text version: " + reason.strip());
        events.publishEvent(new SourceTextReplaced(sourceId, newText));
        return source;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
