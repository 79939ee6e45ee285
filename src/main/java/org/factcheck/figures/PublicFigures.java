package org.factcheck.figures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a desk publishes (the public transparency page): read only from the verdict module's public
 * views ({@code public_fact_check}, {@code public_correction}), so a draft, a review, an assignment or an
 * account can never be counted in them. Anyone may read them.
 */
@Service
@Transactional(readOnly = true)
public class PublicFigures {

    private final FigureQueries queries;

    PublicFigures(FigureQueries queries) {
        this.queries = queries;
    }

    public Transparency transparency() {
        return queries.publicFigures();
    }
}
