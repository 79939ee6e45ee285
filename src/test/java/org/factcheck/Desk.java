package org.factcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.CheckWorthiness;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk at work, for every test that needs records: sources, claims found in them with their
 * claimants and the entities they mention, verdicts in any status and through the whole workflow,
 * and accounts, written through the services the reviewers' UI uses, as the people a test names.
 * The database is shared with every other test, so every text carries a marker no other record has:
 * a test finds its own records by it, or proves they are nowhere to be seen.
 *
 * <p>A bean of the test application (autowire it, or {@code getBean} it from a second instance), or
 * made from an application context. It works through that app's own security context: another app
 * started in the same JVM (RateLimitTest's) replaces the global one.
 */
@Component
public class Desk {

    /** The account the desk works as; like every account, it must never show in the public API. */
    public static final String EDITOR = "desk-test-editor";
    /** The author of {@link #add}'s verdicts, with an e-mail address that must stay private. */
    public static final String AUTHOR = "desk-test-author";
    public static final String AUTHOR_NAME = "Desk Test Author";
    public static final String AUTHOR_EMAIL = "desk-test-author@desk.example";

    /** Payloads that would run, were any of them rendered as markup or as a client-side template. */
    public static final List<String> SCRIPT_PAYLOADS = List.of(
            "<script>window.__pwned=1;alert(1)</script>",
            "<img src=x onerror=\"window.__pwned=1;alert(1)\">",
            "\"><svg onload=\"window.__pwned=1;alert(1)\">",
            "{{constructor.constructor('window.__pwned=1;alert(1)')()}}");

    /** Every payload, in one text. */
    public static final String ALL_PAYLOADS = String.join(" ", SCRIPT_PAYLOADS);

    /**
     * What one fact-check added. A null status means the claim has no verdict at all; a
     * mentionedEntityId of 0 that the claim mentions no one.
     */
    public record Case(String marker, VerdictStatus status, String rating, long claimId, long sourceId, long claimantId,
            long mentionedEntityId, String claimText, String claimantName, String quote, String note) {

        public boolean isPublished() {
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
    private final JdbcClient jdbc;

    public Desk(ApplicationContext app) {
        this.sources = app.getBean(SourceService.class);
        this.entities = app.getBean(EntityService.class);
        this.claims = app.getBean(ClaimService.class);
        this.verdicts = app.getBean(VerdictService.class);
        this.reviewers = app.getBean(ReviewerService.class);
        this.transaction = app.getBean(TransactionTemplate.class);
        this.security = app.getBean(SecurityContextHolderStrategy.class);
        this.jdbc = app.getBean(JdbcClient.class);
    }

    /** Words no other record has. */
    public static String newMarker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The claim's text as its headline, cut to the length a headline may have. */
    public static String headline(String claimText) {
        return claimText.length() <= Verdict.HEADLINE_MAX ? claimText : claimText.substring(0, Verdict.HEADLINE_MAX);
    }

    /** A username, with {@link AccountFixtures#PASSWORD}, of a new account in this role. */
    public String account(Role role) {
        return asEditor(() -> AccountFixtures.account(reviewers, role).getUsername());
    }

    // The workflow, step by step, as the people it names: each step returns the verdict as it is now.

    /** A new claim, found by {@code by} in a seeded source. */
    public Claim newClaim(String by) {
        long sourceId = jdbc.sql("select min(id) from source").query(Long.class).single();
        return as(by, Role.REVIEWER, () -> claims.createFromSelection(sourceId, 0, 12,
                "A claim for the workflow tests " + newMarker(), CheckWorthiness.MEDIUM));
    }

    /** A draft on a new claim, written by {@code author}, with one item of evidence or none. */
    public Verdict draft(String author, boolean withEvidence) {
        return draft(author, withEvidence ? Evidence.fromWeb(Stance.REFUTES, "https://example.org/record",
                "The record", "Example Gazette", null, null, "It did not happen " + newMarker() + ".") : null);
    }

    /** A draft on a new claim, written by {@code author}, citing the page at {@code url} for the quote. */
    public Verdict draftCiting(String author, String url, String quote) {
        return draft(author, Evidence.fromWeb(Stance.REFUTES, url, "A cited page " + newMarker(), "Example Gazette",
                null, null, quote));
    }

    private Verdict draft(String author, Evidence item) {
        Claim claim = newClaim(author);
        return as(author, Role.REVIEWER, () -> {
            Verdict draft = verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(),
                    "The record says otherwise " + newMarker() + ".");
            draft.setHeadline("The record says otherwise");
            draft = verdicts.save(draft);
            if (item != null) {
                verdicts.saveEvidence(draft, item);
            }
            return reload(draft);
        });
    }

    /** A draft by {@code author}, with evidence, submitted for review. */
    public Verdict inReview(String author) {
        Verdict draft = draft(author, true);
        return as(author, Role.REVIEWER, () -> reload(verdicts.submitForReview(draft, "Ready for a second look.")));
    }

    /** A verdict by {@code author}, published by {@code editor}. */
    public Verdict published(String author, String editor) {
        Verdict inReview = inReview(author);
        return as(editor, Role.EDITOR, () -> reload(verdicts.publish(inReview, "Checked every source.")));
    }

    /** The verdict on the same claim, as the database has it now. */
    public Verdict reload(Verdict verdict) {
        return verdicts.verdictOnClaim(verdict.getClaim().getId()).orElseThrow();
    }

    // Whole fact-checks whose every text follows their marker: a source, a claimant and a place, the claim
    // found in the source that mentions the place, and a verdict with two items of evidence.

    /** A published fact-check, rated so. */
    public Case publish(String rating) {
        return add(VerdictStatus.PUBLISHED, rating);
    }

    /** A claim with a verdict in this status (or none, for null), rated on the default scale. */
    public Case add(VerdictStatus status, String rating) {
        return add(status, rating, newMarker(), "");
    }

    /** As {@link #add(VerdictStatus, String)}, with the marker chosen and words added to the claim's text. */
    public Case add(VerdictStatus status, String rating, String marker, String moreClaimText) {
        return add(status, rating, marker, moreClaimText, true);
    }

    /** A published fact-check of a claim whose claimant and date the desk does not know (claimantId 0). */
    public Case publishWithoutClaimant(String rating) {
        return add(VerdictStatus.PUBLISHED, rating, newMarker(), "", false);
    }

    private Case add(VerdictStatus status, String rating, String marker, String moreClaimText, boolean claimantKnown) {
        Case added = asEditor(() -> transaction.execute(done -> write(status, rating, marker, moreClaimText, claimantKnown)));
        if (status == VerdictStatus.RETRACTED) {
            asEditor(() -> verdicts.retract(verdicts.verdictOnClaim(added.claimId()).orElseThrow(),
                    "Retraction note " + marker));
        }
        return added;
    }

    /** Corrects a published case's verdict to another rating, with a public correction note. */
    public void correct(Case published, String newRating, String publicNote) {
        asEditor(() -> verdicts.correct(verdicts.verdictOnClaim(published.claimId()).orElseThrow(),
                verdicts.rating(newRating).orElseThrow(), "Corrected rationale " + published.marker(), publicNote));
        // Four eyes: a second editor publishes the correction.
        as(EDITOR + "-second", Role.ADMIN,
                () -> verdicts.publishCorrection(verdicts.verdictOnClaim(published.claimId()).orElseThrow()));
    }

    /** Sets the Wikidata item of an entity, as a reviewer does on its page. */
    public void setWikidataId(long entityId, String wikidataId) {
        asEditor(() -> {
            NamedEntity entity = entities.find(entityId).orElseThrow();
            entity.setWikidataId(wikidataId);
            return entities.save(entity);
        });
    }

    private Case write(VerdictStatus status, String rating, String marker, String moreClaimText, boolean claimantKnown) {
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
        if (claimantKnown) {
            claim.setClaimant(claimant);
            claim.setClaimDate(LocalDate.of(2021, 8, 4));
        }
        claim.setNote("Internal note " + marker);
        claim.mention(place);
        claim.appearsIn(source, anchor(source, quote));
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
        return new Case(marker, status, rating, claim.getId(), source.getId(), claimantKnown ? claimant.getId() : 0,
                place.getId(), claim.getText(), claimantKnown ? claimant.getName() : null, quote, claim.getNote());
    }

    /** The reviewer account that writes {@link #add}'s verdicts. */
    private Reviewer author() {
        return reviewers.findByUsername(AUTHOR).orElseGet(() -> {
            Reviewer author = new Reviewer(AUTHOR, AUTHOR_NAME, Role.REVIEWER);
            author.setEmail(AUTHOR_EMAIL);
            return reviewers.create(author, "a long enough password");
        });
    }

    // Fact-checks whose texts the test chooses (quotes, commas, line breaks, formulas, Arabic), each under
    // its own source in Arabic so that a test selects exactly its own claims with source=.

    /** A published fact-check of this claim text and claimant, rated so, that appears in a new source in this quote. */
    public Case publish(String claimText, String claimantName, String quote, String rating) {
        return asEditor(() -> transaction.execute(done -> {
            Case added = claimWithSource(claimText, claimantName, quote, VerdictStatus.PUBLISHED, rating, false);
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
            Case added = claimWithSource(claimText, "Someone " + newMarker(), quote, VerdictStatus.DRAFT, rating, true);
            Claim claim = claims.findWithDetails(added.claimId()).orElseThrow();
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
    public Case publishThroughWorkflow(String claimText, String drafter, String publisher, String correctionNote) {
        Case added = asEditor(() -> transaction.execute(done ->
                claimWithSource(claimText, "Someone", "the quote", VerdictStatus.PUBLISHED, "True", false)));
        as(drafter, Role.ADMIN, () -> {
            Claim claim = claims.findWithDetails(added.claimId()).orElseThrow();
            Verdict draft = verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "Rationale of " + claimText);
            draft.setHeadline(headline(claimText));
            draft = verdicts.save(draft);
            verdicts.saveEvidence(draft, Evidence.fromWeb(Stance.REFUTES, "https://evidence.example/" + newMarker(),
                    "Evidence title", "Evidence publisher", null, null, null));
            return verdicts.submitForReview(verdicts.verdictOnClaim(added.claimId()).orElseThrow(), "Ready");
        });
        Verdict published = as(publisher, Role.ADMIN,
                () -> verdicts.publish(verdicts.verdictOnClaim(added.claimId()).orElseThrow(), "Checked"));
        // Four eyes on the correction too: another editor proposes it, the publisher publishes it.
        asEditor(() -> verdicts.correct(published, verdicts.rating("True").orElseThrow(), "Corrected rationale", correctionNote));
        as(publisher, Role.ADMIN, () -> verdicts.publishCorrection(verdicts.verdictOnClaim(added.claimId()).orElseThrow()));
        return added;
    }

    /** A claim by a new claimant, which may also mention them, in a new source; its verdict is the caller's to write. */
    private Case claimWithSource(String claimText, String claimantName, String quote, VerdictStatus status, String rating,
            boolean mentionsClaimant) {
        String marker = newMarker();
        Source source = new Source("Before " + marker + ". " + quote + " After.", SourceOrigin.MANUAL, EDITOR);
        source.setTitle("Source title " + marker);
        source.setOutlet("Outlet");
        source.setUrl("https://news.example/" + marker);
        source.setPublished(LocalDate.of(2024, 3, 1), DatePrecision.DAY);
        source.setLanguage("ar");
        source = sources.add(source);
        NamedEntity claimant = entities.save(new NamedEntity(EntityType.PERSON, claimantName));
        Claim claim = new Claim(claimText);
        claim.setClaimant(claimant);
        claim.setClaimDate(LocalDate.of(2024, 2, 29));
        if (mentionsClaimant) {
            claim.mention(claimant);
        }
        claim.appearsIn(source, anchor(source, quote));
        claim = claims.save(claim);
        return new Case(marker, status, rating, claim.getId(), source.getId(), claimant.getId(),
                mentionsClaimant ? claimant.getId() : 0, claimText, claimantName, quote, null);
    }

    // An attacker's fact-check.

    /**
     * A published fact-check written by an attacker: every free text of its source, claimant (name,
     * alias, description), claim (text, note), appearance, verdict and evidence holds {@link #ALL_PAYLOADS},
     * each text also the marker that finds exactly these records.
     */
    public Case publishHostile() {
        String marker = "h" + newMarker();
        String quote = "Quoted " + marker + " " + ALL_PAYLOADS;
        return as("admin", Role.ADMIN, () -> transaction.execute(done -> {
            Source source = new Source("Before " + marker + ". " + quote + " After " + ALL_PAYLOADS, SourceOrigin.MANUAL, "admin");
            source.setTitle("Source " + marker + " " + ALL_PAYLOADS);
            source.setOutlet("Outlet " + ALL_PAYLOADS);
            source.setAuthor("Author " + ALL_PAYLOADS);
            source.setUrl("https://news.example/" + marker);
            source.setPublished(LocalDate.of(2024, 3, 1), DatePrecision.DAY);
            source.setLanguage("en");
            source = sources.add(source);

            NamedEntity claimant = new NamedEntity(EntityType.PERSON, "Claimant " + marker + " " + ALL_PAYLOADS);
            claimant.setDescription("Description " + ALL_PAYLOADS);
            claimant.addAlias("Alias " + marker + " " + ALL_PAYLOADS, "en");
            claimant = entities.save(claimant);

            int start = source.getFullText().indexOf(quote);
            Claim claim = claims.createFromSelection(source.getId(), start, start + quote.length(),
                    "Claim " + marker + " " + ALL_PAYLOADS, CheckWorthiness.HIGH);
            claim.setClaimant(claimant);
            claim.setNote("Note " + ALL_PAYLOADS);
            claim.setClaimDate(LocalDate.of(2024, 2, 29));
            claim = claims.save(claim);

            Verdict verdict = new Verdict(claims.findWithDetails(claim.getId()).orElseThrow(),
                    verdicts.rating("False").orElseThrow(), "Rationale " + ALL_PAYLOADS);
            verdict.setHeadline("Headline " + marker);
            verdict.addEvidence(Evidence.fromWeb(Stance.REFUTES, "https://evidence.example/" + marker,
                    "Evidence title " + ALL_PAYLOADS, "Publisher " + ALL_PAYLOADS, null, null, "Evidence quote " + ALL_PAYLOADS));
            verdicts.publishApproved(verdict);
            return new Case(marker, VerdictStatus.PUBLISHED, "False", claim.getId(), source.getId(), claimant.getId(), 0,
                    claim.getText(), claimant.getName(), quote, claim.getNote());
        }));
    }

    private static QuoteAnchor anchor(Source source, String quote) {
        return ((QuoteAnchor.Found) QuoteAnchor.locate(source.getFullText(), quote)).anchor();
    }

    /** Runs as the desk's editor, who may also publish and administer, on this thread only. */
    private <T> T asEditor(Supplier<T> work) {
        return as(EDITOR, Role.ADMIN, work);
    }

    /** Runs signed in as this person with this role (and the roles it includes), on this thread only. */
    private <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext previous = security.getContext();
        SecurityContext theirs = security.createEmptyContext();
        theirs.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                role.included().stream().map(included -> new SimpleGrantedAuthority("ROLE_" + included.name())).toList()));
        security.setContext(theirs);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }
}
