package org.factcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.feed.ClaimReviews;
import org.factcheck.feed.PublishedFactChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ClaimReview JSON-LD bundle: a JSON array of ClaimReview objects, each with its own @context,
 * exactly as the public feed's {@code /api/v1/claim-reviews} answers (the feed's own mapping).
 * Only published fact-checks have a ClaimReview, so claims in the scope without one are left out.
 */
@Service
public class ClaimReviewBundle {

    /** Fact-checks completed per round of queries: a few queries per batch, a batch's worth of memory. */
    private static final int BATCH = 200;

    private final ReportRows rows;
    private final PublishedFactChecks factChecks;
    private final ClaimReviews claimReviews;
    private final JsonMapper json;

    ClaimReviewBundle(ReportRows rows, PublishedFactChecks factChecks, ClaimReviews claimReviews, JsonMapper json) {
        this.rows = rows;
        this.factChecks = factChecks;
        this.claimReviews = claimReviews;
        this.json = json;
    }

    /** Writes the bundle to the stream as the fact-checks are read, counting them done, and closes the stream. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public void write(ReportScope scope, OutputStream out, ExportProgress progress) throws IOException {
        progress.expect(rows.count(scope, true));
        try (SequenceWriter bundle = json.writer().writeValuesAsArray(out)) {
            List<Long> batch = new ArrayList<>(BATCH);
            rows.publishedClaimIds(scope, row -> {
                batch.add(row.getLong("claim_id"));
                if (batch.size() == BATCH) {
                    writeBatch(bundle, batch, progress);
                }
            });
            writeBatch(bundle, batch, progress);
        } catch (JacksonException e) {
            throw new IOException("The ClaimReview bundle could not be written", e);
        }
    }

    private void writeBatch(SequenceWriter bundle, List<Long> claimIds, ExportProgress progress) {
        if (!claimIds.isEmpty()) {
            factChecks.findAll(claimIds).forEach(factCheck -> bundle.write(claimReviews.of(factCheck)));
            progress.claimsDone(claimIds.size());
            claimIds.clear();
        }
    }
}
