package org.factcheck.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.base.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other desks' fact-checks: editors import them as ClaimReview JSON-LD, from a file in the UI or over
 * HTTP ({@code POST /desk/v1/claim-reviews}). They are kept apart from our verdicts and only matched
 * against; the background embedding picks each one up within a second of its import.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class ExternalFactChecks {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MatchingSettings settings;

    ExternalFactChecks(JdbcClient jdbc, JsonMapper json, MatchingSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    /** The largest body an import takes, in bytes. */
    public long largestImport() {
        return settings.claimReviewsMaxBytes().toBytes();
    }

    /**
     * Imports every valid item, in one transaction; the refused ones are reported and nothing of them is
     * stored. Throws {@link Refusal} if the body is too large, or not JSON-LD at all.
     */
    @Transactional
    public ClaimReviewImport importClaimReviews(byte[] body) {
        if (body.length > largestImport()) {
            throw new Refusal("The file is larger than " + settings.claimReviewsMaxBytes().toMegabytes()
                    + " MB; split it into smaller ones.");
        }
        List<ClaimReviewItems.Item> items;
        try {
            items = ClaimReviewItems.read(body, json);
        } catch (ClaimReviewItems.NotJsonLd notJsonLd) {
            throw new Refusal(notJsonLd.getMessage(), notJsonLd);
        }
        int added = 0;
        int updated = 0;
        List<ClaimReviewImport.Refusal> refused = new ArrayList<>();
        for (ClaimReviewItems.Item item : items) {
            if (item.refusal() != null) {
                refused.add(new ClaimReviewImport.Refusal(item.position(), item.url(), item.refusal()));
            } else if (store(item.factCheck())) {
                added++;
            } else {
                updated++;
            }
        }
        return new ClaimReviewImport(added, updated, refused);
    }

    /** Stores a fact-check, or updates the one with its url in place; true if it is new. */
    private boolean store(ExternalFactCheck factCheck) {
        return jdbc.sql("""
                insert into external_fact_check (url, claim_reviewed, title, publisher_name, publisher_site, textual_rating,
                    review_date, language, claimant, claim_date, imported_by)
                values (:url, :claim, :title, :publisherName, :publisherSite, :rating, :reviewDate, :language, :claimant,
                    :claimDate, :by)
                on conflict (url) do update set claim_reviewed = excluded.claim_reviewed, title = excluded.title,
                    publisher_name = excluded.publisher_name, publisher_site = excluded.publisher_site,
                    textual_rating = excluded.textual_rating, review_date = excluded.review_date,
                    language = excluded.language, claimant = excluded.claimant, claim_date = excluded.claim_date,
                    imported_by = excluded.imported_by, updated_at = now()
                returning xmax = 0
                """)
                .param("url", factCheck.url()).param("claim", factCheck.claimReviewed()).param("title", factCheck.title())
                .param("publisherName", factCheck.publisherName()).param("publisherSite", factCheck.publisherSite())
                .param("rating", factCheck.textualRating()).param("reviewDate", factCheck.reviewDate())
                .param("language", factCheck.language()).param("claimant", factCheck.claimant())
                .param("claimDate", factCheck.claimDate()).param("by", CurrentReviewer.username())
                .query(Boolean.class).single();
    }

    static List<ExternalFactCheck> find(JdbcClient jdbc, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, url, claim_reviewed, title, publisher_name, publisher_site, textual_rating, review_date, language,
                       claimant, claim_date
                from external_fact_check where id in (:ids)
                """).param("ids", ids)
                .query((rs, n) -> new ExternalFactCheck(rs.getLong("id"), rs.getString("url"), rs.getString("claim_reviewed"),
                        rs.getString("title"), rs.getString("publisher_name"), rs.getString("publisher_site"),
                        rs.getString("textual_rating"), rs.getObject("review_date", java.time.LocalDate.class),
                        rs.getString("language"), rs.getString("claimant"), rs.getObject("claim_date", java.time.LocalDate.class)))
                .list();
    }
}
