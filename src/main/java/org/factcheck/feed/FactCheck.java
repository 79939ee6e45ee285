package org.factcheck.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factcheck.verdict.Stance;

/**
 * One published fact-check: a claim, the desk's rating of it and why, where the claim was made,
 * who it involves and the evidence. Its {@code id} is the claim's: it stays the same when the
 * verdict is corrected.
 */
@Schema(description = "A published fact-check")
public record FactCheck(
        @Schema(description = "Stable id of the fact-check (the claim's id)") long id,
        @Schema(description = "The fact-check's page, for readers") URI url,
        @Schema(description = "The claim in a line, at most 75 characters: the page's title and ClaimReview's claimReviewed",
                maxLength = 75) String headline,
        @Schema(description = "ISO 639 code of the language the verdict is written in", example = "en") String language,
        @JsonProperty("claim_text") String claimText,
        @Schema(description = "Who made the claim; null if unknown (an outlet that reported it is an appearance, not the claimant)",
                nullable = true, implementation = Entity.class) Entity claimant,
        @JsonProperty("claim_date") @Schema(description = "When the claim was made, if known", nullable = true) LocalDate claimDate,
        Rating rating,
        String rationale,
        @JsonProperty("published_at") Instant publishedAt,
        @JsonProperty("updated_at") @Schema(description = "Last change to the verdict, its claim or its claimant") Instant updatedAt,
        @Schema(description = "Where the claim was made, earliest first") List<Appearance> appearances,
        @Schema(description = "The people, organisations, places and events the claim mentions") List<Entity> entities,
        @Schema(description = "The citations the verdict rests on") List<Evidence> evidence,
        @Schema(description = "Corrections to the verdict after publication, oldest first, each with its public note; empty if never corrected")
        List<Correction> corrections) {

    /** A rating on a scale, with the scale's bounds: ClaimReview's ratingValue, bestRating and worstRating. */
    public record Rating(
            @Schema(example = "Mostly false") String label,
            int value,
            @JsonProperty("best_value") int bestValue,
            @JsonProperty("worst_value") int worstValue) {
    }

    /** One place the claim was made: the exact quote in a source. */
    @Schema(name = "FactCheckAppearance")
    public record Appearance(
            @JsonProperty("source_id") @Schema(description = "For the source filter") long sourceId,
            @JsonProperty("source_title") String sourceTitle,
            String outlet,
            @Schema(nullable = true) String url,
            @Schema(description = "ISO 8601 at the precision known: 2021-08-05, 2021-09 or 2021", nullable = true) String date,
            @Schema(description = "ISO 639 code of the source's language", example = "ar") String language,
            String quote) {
    }

    /** One citation behind the verdict. */
    public record Evidence(
            Stance stance,
            String title,
            @Schema(nullable = true) String publisher,
            @Schema(nullable = true) String url,
            @Schema(description = "ISO 8601 at the precision known", nullable = true) String date,
            @JsonProperty("accessed_on") @Schema(nullable = true) LocalDate accessedOn,
            @Schema(description = "The passage the verdict relies on", nullable = true) String quote,
            @JsonProperty("archived_copy") @Schema(description = "The desk's copy of the cited page, as the published"
                    + " version of the verdict had it; absent when none was taken", nullable = true) ArchivedCopy archivedCopy) {

        /** The same evidence with its archived copy's address absolute, as readers outside reach it. */
        Evidence linkedFrom(PublicationSettings publication) {
            return archivedCopy == null ? this : new Evidence(stance, title, publisher, url, date, accessedOn, quote,
                    new ArchivedCopy(publication.link(archivedCopy.url()).toString(), archivedCopy.sha256(), archivedCopy.takenAt()));
        }
    }

    /** A copy of a cited page the desk archived: served sandboxed, no script running, under a banner saying what it is. */
    public record ArchivedCopy(
            @Schema(description = "Where the copy is served") String url,
            @JsonProperty("content_sha256") @Schema(description = "SHA-256 of the copy's bytes, hex") String sha256,
            @JsonProperty("taken_at") @Schema(description = "When the copy was taken") java.time.Instant takenAt) {
    }

    /** A correction to a published verdict: when, and what changed. */
    public record Correction(LocalDate date, @JsonProperty("public_note") String publicNote) {
    }
}
