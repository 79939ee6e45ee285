package org.factcheck.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sources (every reviewer) and adding or describing them (editors). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
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

    /** Adds a source; a text already in the database (same SHA-256) is refused. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Source add(Source source) {
        if (sources.existsBySha256(source.getSha256())) {
            throw new DuplicateSourceException(source.getSha256());
        }
        return sources.save(source);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
