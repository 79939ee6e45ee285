package org.factcheck.feed;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.QuoteAnchor;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.factcheck.source.DatePrecision;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk at work, for the feed's tests: an editor adds a source, a claim found in it with its
 * claimant and the entities it mentions, and a verdict in any status, through the same services
 * the reviewers' UI uses. Every text it writes carries the case's unique marker, so a test can
 * find it, or prove that it is nowhere to be seen.
 */
final class Desk {

    /** The account the desk works as; like every account, it must never show in the public API. */
    static final String EDITOR = "feed-test-editor";
    static final String AUTHOR = "feed-test-author";
    static final String AUTHOR_NAME = "Feed Test Author";
    static final String AUTHOR_EMAIL = "feed-test-author@desk.example";

    /** What one case added; a null status means the claim has no verdict at all. */
    record Case(String marker, VerdictStatus status, String rating, long claimId, long sourceId, long claimantId,
            long mentionedEntityId, String claimText, String note) {

        boolean isPublished() {
            return status == VerdictStatus.PUBLISHED;
        }
    }

    private final SourceService sources;
    private final EntityService entities;
    private final ClaimService claims;
    private final VerdictService verdicts;
    private final ReviewerService reviewers;
    private final TransactionTemplate transaction;
    private final SecurityContextHolderStrategy security;

    Desk(ApplicationContext app) {
        this.sources = app.getBean(SourceService.class);
        this.entities = app.getBean(EntityService.class);
        this.claims = app.getBean(ClaimService.class);
        this.verdicts = app.getBean(VerdictService.class);
        this.reviewers = app.getBean(ReviewerService.class);
        this.transaction = app.getBean(TransactionTemplate.class);
        // This app's own: another app started in the same JVM (RateLimitTest's) replaces the global one.
        this.security = app.getBean(SecurityContextHolderStrategy.class);
    }

    static String newMarker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    Case publish(String rating) {
        return add(VerdictStatus.PUBLISHED, rating);
    }

    /** Corrects a published case's verdict to another rating, with a public correction note. */
    void correct(Case published, String newRating, String publicNote) {
        asEditor(() -> verdicts.correct(verdicts.verdictOnClaim(published.claimId()).orElseThrow(),
                verdicts.rating(newRating).orElseThrow(), "Corrected rationale " + published.marker(), publicNote));
        // Four eyes: a second editor publishes the correction.
        as(EDITOR + "-second", () -> verdicts.publishCorrection(verdicts.verdictOnClaim(published.claimId()).orElseThrow()));
    }

    /** Sets the Wikidata item of an entity, as a reviewer does on its page. */
    void setWikidataId(long entityId, String wikidataId) {
        asEditor(() -> {
            NamedEntity entity = entities.find(entityId).orElseThrow();
            entity.setWikidataId(wikidataId);
            return entities.save(entity);
        });
    }

    /** A claim with a verdict in this status (or none, for null), rated on the default scale. */
    Case add(VerdictStatus status, String rating) {
        return add(status, rating, newMarker(), "");
    }

    /** As {@link #add(VerdictStatus, String)}, with the marker chosen and words added to the claim's text. */
    Case add(VerdictStatus status, String rating, String marker, String moreClaimText) {
        Case added = asEditor(() -> transaction.execute(done -> write(status, rating, marker, moreClaimText)));
        if (status == VerdictStatus.RETRACTED) {
            asEditor(() -> verdicts.retract(verdicts.verdictOnClaim(added.claimId()).orElseThrow(),
                    "Retraction note " + marker));
        }
        return added;
    }

    private Case write(VerdictStatus status, String rating, String marker, String moreClaimText) {
        String quote = "the quote of " + marker;
        Source source = new Source("A document in which " + quote + " is made, once.", SourceOrigin.MANUAL, EDITOR);
        source.setTitle("Source title " + marker);
        source.setOutlet("Outlet " + marker);
        source.setUrl("https://news.example/" + marker);
        source.setPublished(LocalDate.of(2021, 8, 5), DatePrecision.DAY);
        source.setLanguage("en");
        source = sources.add(source);

        NamedEntity claimant = new NamedEntity(EntityType.PERSON, "Claimant " + marker);
        claimant.addAlias("Claimant alias " + marker, "en");
        claimant.setDescription("Internal description " + marker);
        claimant = entities.save(claimant);
        NamedEntity place = new NamedEntity(EntityType.PLACE, "Place " + marker);
        place.addAlias("Place alias " + marker, "en");
        place = entities.save(place);

        Claim claim = new Claim("Claim " + marker + moreClaimText);
        claim.setClaimant(claimant);
        claim.setClaimDate(LocalDate.of(2021, 8, 4));
        claim.setNote("Internal note " + marker);
        claim.mention(place);
        claim.appearsIn(source, ((QuoteAnchor.Found) QuoteAnchor.locate(source.getFullText(), quote)).anchor());
        claim = claims.save(claim);

        if (status != null) {
            Verdict verdict = new Verdict(claim, verdicts.rating(rating).orElseThrow(), "Rationale " + marker);
            verdict.setAuthor(author());
            verdict.setHeadline("Headline " + marker);
            verdict.addEvidence(Evidence.fromWeb(Stance.REFUTES, "https://evidence.example/" + marker, "Evidence title " + marker,
                    "Evidence publisher " + marker, LocalDate.of(2021, 9, 1), LocalDate.of(2026, 11, 1), "Evidence quote " + marker));
            verdict.addEvidence(Evidence.fromSource(Stance.CONTEXT, source, quote));
            switch (status) {
                case DRAFT -> verdicts.save(verdict);
                case IN_REVIEW -> verdicts.submitForReview(verdict, null);
                case PUBLISHED, RETRACTED -> verdicts.publishApproved(verdict);
            }
        }
        return new Case(marker, status, rating, claim.getId(), source.getId(), claimant.getId(), place.getId(),
                claim.getText(), claim.getNote());
    }

    /** The reviewer account that writes the verdicts, with an e-mail address that must stay private. */
    private Reviewer author() {
        return reviewers.findByUsername(AUTHOR).orElseGet(() -> {
            Reviewer author = new Reviewer(AUTHOR, AUTHOR_NAME, Role.REVIEWER);
            author.setEmail(AUTHOR_EMAIL);
            return reviewers.create(author, "a long enough password");
        });
    }

    /** Runs as a signed-in editor who may also publish, on this thread only. */
    private <T> T asEditor(Supplier<T> work) {
        return as(EDITOR, work);
    }

    private <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = security.getContext();
        SecurityContext editor = security.createEmptyContext();
        editor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER")));
        security.setContext(editor);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }
}
