package org.factcheck.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.base.Refusal;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.LookalikeEntity;
import org.factcheck.entity.NamedEntity;
import org.factcheck.entity.SpellingInText;
import org.factcheck.matching.Known;
import org.factcheck.matching.KnownClaim;
import org.factcheck.matching.KnownClaims;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports a new source and proposes its candidate claims, in one transaction: whatever is refused
 * leaves nothing behind. Then a reviewer accepts a candidate (a claim anchored exactly at it) or
 * dismisses it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class ImportService {

    /**
     * The matcher's score from which a known claim is shown as this sentence checked before. Against
     * the seed's claims, a restatement scored 0.34–0.67 and the best match of an unrelated sentence at
     * most 0.27 (the combined ranking, as of December 2026): below it are claims on the same subject.
     */
    static final double CHECKED_BEFORE_FROM = 0.3;

    private final SourceService sources;
    private final ClaimService claims;
    private final KnownClaims knownClaims;
    private final EntityService entities;
    private final Fingerprints fingerprints;
    private final CandidateClaimRepository candidates;
    private final Validator validator;
    private final NearDuplicateLinks nearDuplicates;
    private final TransactionTemplate inTransaction;
    private final long maxBytes;
    private final Duration parseLimit;

    ImportService(SourceService sources, ClaimService claims, KnownClaims knownClaims, EntityService entities,
            Fingerprints fingerprints,
            CandidateClaimRepository candidates, NearDuplicateLinks nearDuplicates, Validator validator,
            PlatformTransactionManager transactions,
            @Value("${factcheck.import.max-bytes:2MB}") DataSize maxBytes,
            @Value("${factcheck.import.parse-time-limit:5s}") Duration parseLimit) {
        this.sources = sources;
        this.claims = claims;
        this.knownClaims = knownClaims;
        this.entities = entities;
        this.fingerprints = fingerprints;
        this.candidates = candidates;
        this.nearDuplicates = nearDuplicates;
        this.validator = validator;
        this.inTransaction = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes.toBytes();
        this.parseLimit = parseLimit;
    }

    /** The largest file or pasted text an import takes, in bytes of UTF-8. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads an uploaded file as it streams in, refused ({@link ImportRefused}, {@code TOO_LARGE}) as
     * soon as it passes the size limit, so an oversized upload never sits in memory whole.
     */
    public byte[] receiveUpload(InputStream in, String fileName) throws IOException {
        return DocumentText.readAtMost(in, maxBytes, fileName);
    }

    /**
     * Imports the document as a new source with its candidate claims. Refused ({@link ImportRefused},
     * nothing stored) when it is empty, binary, too large, not UTF-8, of another format, lacks a
     * detail the source needs, or is exactly the text of an existing source. A text nearly the same
     * as an existing source's is refused with {@link NearDuplicateFound} unless the reviewer, having
     * looked, imports it {@code evenIfNearDuplicate}; then the source keeps a link to that original.
     * <p>
     * The document is read, reduced and split into candidates before any transaction begins: a
     * hostile file costs at most the parse time limit, and never holds a database connection meanwhile.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportedSource importDocument(ImportRequest request, boolean evenIfNearDuplicate) {
        String field = request.isFile() ? "file" : "text";
        DocumentText.Reduced document = request.isFile()
                ? DocumentText.ofFile(request.file(), request.fileName(), maxBytes, parseLimit)
                : DocumentText.ofPaste(request.pastedText(), maxBytes);
        Source source = new Source(document.text(), SourceOrigin.IMPORT, CurrentReviewer.username());
        source.setTitle(request.title() == null || request.title().isBlank() ? document.suggestedTitle() : request.title().strip());
        source.setOutlet(strip(request.outlet()));
        source.setAuthor(strip(request.author()));
        source.setPublished(request.publishedOn(), request.precision());
        source.setLanguage(strip(request.language()));
        source.setUrl(strip(request.url()));
        refuseInvalid(source, field);
        Fingerprint fingerprint = Fingerprint.of(document.text());
        List<CandidateFinder.Candidate> found = CandidateFinder.in(document.text(), document.blocks(), source.getLanguage(),
                entities.spellingsIn(document.text()));
        return inTransaction.execute(status -> {
            sources.findBySha256(source.getSha256()).ifPresent(existing -> {
                throw new ImportRefused(Map.of(field, "This exact text is already the source “" + existing.title() + "” ("
                        + existing.outlet() + ", " + existing.published() + "): open it instead of importing it again."),
                        existing.id());
            });
            NearDuplicate nearDuplicate = fingerprints.nearestTo(fingerprint).orElse(null);
            if (nearDuplicate != null && !evenIfNearDuplicate) {
                throw new NearDuplicateFound(nearDuplicate);
            }
            Source saved = sources.addImported(source);
            if (nearDuplicate != null) {
                nearDuplicates.link(saved.getId(), nearDuplicate);
            }
            candidates.saveAll(found.stream().map(candidate -> new CandidateClaim(saved.getId(), candidate)).toList());
            return new ImportedSource(saved.getId(), saved.getTitle(), found.size(), nearDuplicate);
        });
    }

    /** The candidate claims of a source, in text order, whatever their status. */
    public List<CandidateClaim> candidates(long sourceId) {
        return candidates.findBySourceIdOrderByStartOffset(sourceId);
    }

    /** The candidate claims of a source, most worth checking first, whatever their status. */
    public List<CandidateClaim> candidatesByScore(long sourceId) {
        return candidates.findBySourceIdOrderByScoreDescStartOffsetAsc(sourceId);
    }

    /** Every imported source with candidates still to decide, the oldest import first: any reviewer may pick one up. */
    public List<InboxEntry> inbox() {
        List<InboxEntry> inbox = new ArrayList<>();
        for (Object[] counts : candidates.countsToDecide()) {
            sources.find((Long) counts[0]).ifPresent(source -> inbox.add(new InboxEntry(source.getId(), source.getTitle(),
                    source.getOutlet(), source.getEnteredBy(), source.getEnteredAt(), ((Number) counts[1]).longValue(),
                    ((Number) counts[2]).longValue())));
        }
        inbox.sort(Comparator.comparing(InboxEntry::importedAt));
        return inbox;
    }

    /** The existing source an import was nearly the same as, when the reviewer imported it anyway. */
    public Optional<NearDuplicate> nearDuplicateOriginal(long sourceId) {
        return nearDuplicates.originalOf(sourceId);
    }

    /**
     * What differs between a near-duplicate imported anyway and its original, word by word, in the
     * order of the texts: equal stretches, and words only the original or only the import has.
     */
    public List<WordDiff.Change> differencesFromOriginal(long sourceId) {
        Source imported = sources.find(sourceId).orElseThrow(() -> new Refusal(
                "The source " + sourceId + " no longer exists."));
        return nearDuplicates.originalOf(sourceId)
                .flatMap(original -> sources.find(original.sourceId()))
                .map(original -> WordDiff.between(original.getFullText(), imported.getFullText()))
                .orElse(List.of());
    }

    /** Known spellings of entities in the source's text, for highlighting and linking. */
    public List<SpellingInText> spellingsIn(long sourceId) {
        return sources.find(sourceId).map(source -> entities.spellingsIn(source.getFullText())).orElse(List.of());
    }

    /**
     * Known claims that a candidate sentence may be checked before as, by the known-claims matcher
     * (meaning and words, numbers and names compared), best first.
     */
    public List<CheckedBefore> checkedBefore(String sentence) {
        return knownClaims.checkedBefore(sentence).stream()
                .filter(match -> match.score() >= CHECKED_BEFORE_FROM)
                .map(ImportService::asCheckedBefore)
                .toList();
    }

    private static CheckedBefore asCheckedBefore(KnownClaim match) {
        boolean ours = match.known().kind() == Known.Kind.CLAIM;
        // Three decimals: the digits beyond say nothing to a reviewer, and the import's first answer and
        // a later GET of it should not differ in them.
        return new CheckedBefore(ours ? match.known().id() : null, match.url(), match.text(), match.rating(),
                match.publisher(), Math.round(match.score() * 1000) / 1000.0, match.agreement().same(), match.summary());
    }

    /** The known claims a candidate may repeat, leaving out the claim made of it. */
    public List<CheckedBefore> checkedBefore(CandidateClaim candidate) {
        return checkedBefore(candidate.getSentence()).stream()
                .filter(match -> match.claimId() == null || !match.claimId().equals(candidate.getClaimId()))
                .toList();
    }

    /**
     * Accepts a candidate: a claim whose appearance is anchored at exactly the sentence, or at the
     * stretch of it between {@code start} and {@code end} (code points into the source's text) that
     * the reviewer narrowed it to; the claim's text is theirs, or the quote when blank. The claim
     * mentions the known entities the quote names; it is made by the one the sentence attributes it to
     * ("…, Blinken said", "according to Kataeb Hezbollah"), an entity made of the name if the database
     * did not know it; it is dated as the sentence dates it ("said on Friday", "in December 2019"), else as
     * its source is, and the candidate keeps how precisely.
     */
    @Transactional
    public Claim accept(long candidateId, int start, int end, String claimText) {
        CandidateClaim candidate = candidates.findForDecision(candidateId).orElseThrow(() -> gone(candidateId));
        if (start < candidate.getStartOffset() || end > candidate.getEndOffset() || start >= end) {
            throw new Refusal("The quote must be a part of the proposed sentence (characters "
                    + candidate.getStartOffset() + "–" + candidate.getEndOffset() + "): select within it.");
        }
        Claim claim = claims.createFromSelection(candidate.getSourceId(), start, end, claimText,
                checkWorthiness(candidate.getScore()));
        Source source = sources.find(candidate.getSourceId()).orElseThrow();
        List<SpellingInText> spellings = entities.spellingsIn(source.getFullText());
        List<SpellingInText> named = CandidateFinder.spellingsWithin(spellings, start, end);
        named.stream().map(SpellingInText::entityId).distinct()
                .forEach(entityId -> entities.find(entityId).ifPresent(claim::mention));
        Claimants.of(candidate.getSentence(), candidate.getStartOffset(), CandidateFinder.spellingsWithin(spellings,
                candidate.getStartOffset(), candidate.getEndOffset()), candidate.getUnknownNames())
                .flatMap(this::entityOf)
                .ifPresent(claim::setClaimant);
        ClaimDates.Dated dated = ClaimDates.in(candidate.getSentence(), source.getPublishedOn(),
                        source.getPublishedOnPrecision(), LocalDate.now())
                .orElse(new ClaimDates.Dated(source.getPublishedOn(), source.getPublishedOnPrecision()));
        claim.setClaimDate(dated.date());
        candidate.accepted(claim.getId(), CurrentReviewer.username(), dated.precision());
        return claim;
    }

    /** The claimant's entity: a known one, or one made of a name the database did not know (unless it knows it by now). */
    private Optional<NamedEntity> entityOf(Claimants.Claimant claimant) {
        return switch (claimant) {
            case Claimants.KnownClaimant known -> entities.find(known.entityId());
            case Claimants.NewClaimant unknown -> Optional.of(entities.findBySpelling(unknown.name().name()).stream()
                    .findFirst()
                    .orElseGet(() -> entities.save(new NamedEntity(unknown.name().likelyType(), unknown.name().name()))));
        };
    }

    /** Accepts a candidate as it was proposed: the whole sentence is the quote and the claim. */
    @Transactional
    public Claim accept(long candidateId) {
        CandidateClaim candidate = candidates.findById(candidateId).orElseThrow(() -> gone(candidateId));
        return accept(candidateId, candidate.getStartOffset(), candidate.getEndOffset(), null);
    }

    /** Accepts each candidate as proposed, all or none: one already decided by someone else refuses them all. */
    @Transactional
    public List<Claim> acceptAll(List<Long> candidateIds) {
        return candidateIds.stream().map(this::accept).toList();
    }

    /** Dismisses a candidate: it is not worth a claim, for the reason given, and is not proposed again. */
    @Transactional
    public void dismiss(long candidateId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("Say why the sentence is not worth checking, such as “opinion” or "
                    + "“not a claim”.");
        }
        candidates.findForDecision(candidateId).orElseThrow(() -> gone(candidateId))
                .dismissed(CurrentReviewer.username(), reason.strip());
    }

    /** Dismisses each candidate for the one reason given, all or none. */
    @Transactional
    public void dismissAll(List<Long> candidateIds, String reason) {
        candidateIds.forEach(id -> dismiss(id, reason));
    }

    /**
     * Makes a name the database did not know an entity of its own (a person, an organisation, a
     * place...), so that it is recognised in every text from now on.
     */
    @Transactional
    public NamedEntity createEntity(String name, EntityType type) {
        return entities.save(new NamedEntity(type, name.strip()));
    }

    /** Adds a name the database did not know as another spelling of an entity it knows (a look-alike). */
    @Transactional
    public NamedEntity addAlias(long entityId, String name, String language) {
        NamedEntity entity = entities.find(entityId).orElseThrow(() -> new Refusal(
                "The entity " + entityId + " no longer exists: reload the page."));
        entity.addAlias(name.strip(), language);
        return entities.save(entity);
    }

    /** Known entities spelled like a name the database does not know, most alike first. */
    public List<LookalikeEntity> lookalikes(String name) {
        return entities.lookalikes(name, null);
    }

    /** The more reasons a sentence has to be checked, the more checking it deserves. */
    static CheckWorthiness checkWorthiness(double score) {
        return score >= 0.7 ? CheckWorthiness.HIGH : score >= 0.5 ? CheckWorthiness.MEDIUM : CheckWorthiness.LOW;
    }

    /** Every detail the source needs, checked before anything is stored, each named by its form field. */
    private void refuseInvalid(Source source, String textField) {
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(source).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Source> violation) -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String property = violation.getPropertyPath().toString();
                    problems.putIfAbsent(property.equals("fullText") ? textField : property, message(property, violation));
                });
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems, null);
        }
    }

    private static String message(String property, ConstraintViolation<Source> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size) {
            return violation.getMessage() + ".";
        }
        return switch (property) {
            case "title" -> "Enter the title of the document (as the outlet headlined it).";
            case "outlet" -> "Enter the outlet or publisher, such as Reuters or the ministry's website.";
            case "language" -> violation.getInvalidValue() == null || violation.getInvalidValue().toString().isBlank()
                    ? "Enter the language of the text, as an ISO 639 code such as en, ar or fa."
                    : "Use an ISO 639 language code such as en, ar or fa.";
            case "url" -> "Enter a web address starting with http:// or https://, or leave it empty.";
            default -> violation.getMessage();
        };
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static Refusal gone(long candidateId) {
        return new Refusal("The candidate claim " + candidateId + " no longer exists: reload the list.");
    }
}
