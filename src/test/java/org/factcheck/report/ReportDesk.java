package org.factcheck.report;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.factcheck.account.AccountFixtures;
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
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fixtures of the report tests, in one place: published fact-checks whose texts the test
 * chooses (quotes, commas, line breaks, formulas, Arabic), each under its own source so that a
 * test selects exactly its own claims with {@code source=}; and accounts in each role.
 */
public final class ReportDesk {

    /** What one fact-check added. */
    public record Case(long claimId, long sourceId, long claimantId, String claimText, String claimantName, String quote) {
    }

    private final SourceService sources;
    private final EntityService entities;
    private final ClaimService claims;
    private final VerdictService verdicts;
    private final ReviewerService reviewers;
    private final TransactionTemplate transaction;
    private final SecurityContextHolderStrategy security;

    public ReportDesk(ApplicationContext app) {
        this.sources = app.getBean(SourceService.class);
        this.entities = app.getBean(EntityService.class);
        this.claims = app.getBean(ClaimService.class);
        this.verdicts = app.getBean(VerdictService.class);
        this.reviewers = app.getBean(ReviewerService.class);
        this.transaction = app.getBean(TransactionTemplate.class);
        this.security = app.getBean(SecurityContextHolderStrategy.class);
    }

    public static String newMarker() {
        return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A username, with {@link AccountFixtures#PASSWORD}, of a new account in this role. */
    public String account(Role role) {
        return asEditor(() -> AccountFixtures.account(reviewers, role).getUsername());
    }

    /** A published fact-check of this claim text and claimant, rated so, that appears in a new source in this quote. */
    public Case publish(String claimText, String claimantName, String quote, String rating) {
        return asEditor(() -> transaction.execute(done -> {
            Case added = claimWithSource(claimText, claimantName, quote);
            Claim claim = claims.findWithDetails(added.claimId()).orElseThrow();
            Verdict verdict = new Verdict(claim, verdicts.rating(rating).orElseThrow(), "Rationale of " + claimText);
            verdict.setHeadline(headline(claimText));
            verdicts.publishApproved(verdict);
            return added;
        }));
    }

    /**
     * A draft verdict, rated so, on a claim that mentions its claimant and appears in a new source in
     * this quote, with one item of evidence from the web.
     */
    public Case draft(String claimText, String quote, String rating) {
        return asEditor(() -> transaction.execute(done -> {
            Case added = claimWithSource(claimText, "Someone " + newMarker(), quote);
            Claim claim = claims.findWithDetails(added.claimId()).orElseThrow();
            claim.mention(entities.find(added.claimantId()).orElseThrow());
            claim = claims.save(claim);
            Verdict draft = verdicts.startDraft(claim, verdicts.rating(rating).orElseThrow(), "Rationale of " + claimText);
            verdicts.saveEvidence(draft, Evidence.fromWeb(Stance.REFUTES, "https://evidence.example/page",
                    "Evidence title", "Evidence publisher", null, null, "what it says"));
            return added;
        }));
    }

    /**
     * A fact-check through the whole workflow: the drafter drafts it (with one item of evidence) and
     * submits it, the publisher publishes it, then publishes a correction with this public note.
     */
    Case publishThroughWorkflow(String claimText, String drafter, String publisher, String correctionNote) {
        Case added = asEditor(() -> transaction.execute(done -> claimWithSource(claimText, "Someone", "the quote")));
        as(drafter, () -> {
            Claim claim = claims.findWithDetails(added.claimId()).orElseThrow();
            Verdict draft = verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "Rationale of " + claimText);
            draft.setHeadline(headline(claimText));
            draft = verdicts.save(draft);
            verdicts.saveEvidence(draft, Evidence.fromWeb(Stance.REFUTES, "https://evidence.example/" + newMarker(),
                    "Evidence title", "Evidence publisher", null, null, null));
            return verdicts.submitForReview(verdicts.verdictOnClaim(added.claimId()).orElseThrow(), "Ready");
        });
        Verdict published = as(publisher, () -> verdicts.publish(verdicts.verdictOnClaim(added.claimId()).orElseThrow(), "Checked"));
        // Four eyes on the correction too: another editor proposes it, the publisher publishes it.
        asEditor(() -> verdicts.correct(published, verdicts.rating("True").orElseThrow(), "Corrected rationale", correctionNote));
        as(publisher, () -> verdicts.publishCorrection(verdicts.verdictOnClaim(added.claimId()).orElseThrow()));
        return added;
    }

    /** The claim's text as its headline, cut to the length a headline may have. */
    static String headline(String claimText) {
        return claimText.length() <= Verdict.HEADLINE_MAX ? claimText : claimText.substring(0, Verdict.HEADLINE_MAX);
    }

    private Case claimWithSource(String claimText, String claimantName, String quote) {
        Source source = new Source("Before " + newMarker() + ". " + quote + " After.", SourceOrigin.MANUAL, "report-test-editor");
        source.setTitle("Source title " + newMarker());
        source.setOutlet("Outlet");
        source.setUrl("https://news.example/" + newMarker());
        source.setPublished(LocalDate.of(2024, 3, 1), DatePrecision.DAY);
        source.setLanguage("ar");
        source = sources.add(source);
        NamedEntity claimant = entities.save(new NamedEntity(EntityType.PERSON, claimantName));
        Claim claim = new Claim(claimText);
        claim.setClaimant(claimant);
        claim.setClaimDate(LocalDate.of(2024, 2, 29));
        claim.appearsIn(source, ((QuoteAnchor.Found) QuoteAnchor.locate(source.getFullText(), quote)).anchor());
        claim = claims.save(claim);
        return new Case(claim.getId(), source.getId(), claimant.getId(), claimText, claimantName, quote);
    }

    /** Runs as a signed-in admin, on this thread only. */
    private <T> T asEditor(Supplier<T> work) {
        return as("report-test-editor", work);
    }

    /** Runs as this signed-in admin (every role), on this thread only. */
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
