package org.factcheck.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and adding sources. Adding one needs the EDITOR role. */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public List<SourceSummary> list(Pageable page) {
        return sources.findSummaries(page).getContent();
    }

    @PreAuthorize("hasRole('REVIEWER')")
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
}
