package org.factcheck.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.SpellingInText;
import org.factcheck.source.DatePrecision;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    private final SourceService sources;
    private final ClaimService claims;
    private final EntityService entities;
    private final Fingerprints fingerprints;
    private final CandidateClaimRepository candidates;
    private final Validator validator;
    private final long maxBytes;

    ImportService(SourceService sources, ClaimService claims, EntityService entities, Fingerprints fingerprints,
            CandidateClaimRepository candidates, Validator validator,
            @Value("${factcheck.import.max-bytes:2MB}") DataSize maxBytes) {
        this.sources = sources;
        this.claims = claims;
        this.entities = entities;
        this.fingerprints = fingerprints;
        this.candidates = candidates;
        this.validator = validator;
        this.maxBytes = maxBytes.toBytes();
    }

    /** The largest file or pasted text an import takes, in bytes of UTF-8. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Imports the document as a new source with its candidate claims. Refused ({@link ImportRefused},
     * nothing stored) when it is empty, binary, too large, not UTF-8, of another format, lacks a
     * detail the source needs, or is exactly the text of an existing source. A text nearly the same
     * as an existing source's is refused with {@link NearDuplicateFound} unless the reviewer, having
     * looked, imports it {@code evenIfNearDuplicate}.
     */
    @Transactional
    public ImportedSource importDocument(ImportRequest request, boolean evenIfNearDuplicate) {
        String field = request.isFile() ? "file" : "text";
        DocumentText.Reduced document = request.isFile()
                ? DocumentText.ofFile(request.file(), request.fileName(), maxBytes)
                : DocumentText.ofPaste(request.pastedText(), maxBytes);
        Source source = new Source(document.text(), SourceOrigin.IMPORT, CurrentReviewer.username());
        source.setTitle(request.title() == null || request.title().isBlank() ? document.suggestedTitle() : request.title().strip());
        source.setOutlet(strip(request.outlet()));
        source.setAuthor(strip(request.author()));
        source.setPublished(request.publishedOn(), DatePrecision.DAY);
        source.setLanguage(strip(request.language()));
        source.setUrl(strip(request.url()));
        refuseInvalid(source, field);
        sources.findBySha256(source.getSha256()).ifPresent(existing -> {
            throw new ImportRefused(Map.of(field, "This exact text is already the source “" + existing.title() + "” ("
                    + existing.outlet() + ", " + existing.published() + "): open it instead of importing it again."),
                    existing.id());
        });
        Fingerprint fingerprint = Fingerprint.of(document.text());
        NearDuplicate nearDuplicate = fingerprints.nearestTo(fingerprint).orElse(null);
        if (nearDuplicate != null && !evenIfNearDuplicate) {
            throw new NearDuplicateFound(nearDuplicate);
        }
        Source saved = sources.addImported(source);
        List<CandidateFinder.Candidate> found = CandidateFinder.in(saved.getFullText(), saved.getLanguage(),
                entities.spellingsIn(saved.getFullText()));
        candidates.saveAll(found.stream().map(candidate -> new CandidateClaim(saved.getId(), candidate)).toList());
        return new ImportedSource(saved.getId(), saved.getTitle(), found.size(), nearDuplicate);
    }

    /** The candidate claims of a source, in text order, whatever their status. */
    public List<CandidateClaim> candidates(long sourceId) {
        return candidates.findBySourceIdOrderByStartOffset(sourceId);
    }

    /** Known spellings of entities in the source's text, for highlighting and linking. */
    public List<SpellingInText> spellingsIn(long sourceId) {
        return sources.find(sourceId).map(source -> entities.spellingsIn(source.getFullText())).orElse(List.of());
    }

    /**
     * Accepts a candidate: a claim whose appearance is anchored at exactly the sentence, or at the
     * stretch of it between {@code start} and {@code end} (code points into the source's text) that
     * the reviewer narrowed it to; the claim's text is theirs, or the quote when blank.
     */
    @Transactional
    public Claim accept(long candidateId, int start, int end, String claimText) {
        CandidateClaim candidate = candidates.findForDecision(candidateId).orElseThrow(() -> gone(candidateId));
        if (start < candidate.getStartOffset() || end > candidate.getEndOffset() || start >= end) {
            throw new IllegalArgumentException("The quote must be a part of the proposed sentence (characters "
                    + candidate.getStartOffset() + "–" + candidate.getEndOffset() + "): select within it.");
        }
        Claim claim = claims.createFromSelection(candidate.getSourceId(), start, end, claimText,
                checkWorthiness(candidate.getScore()));
        candidate.accepted(claim.getId(), CurrentReviewer.username());
        return claim;
    }

    /** Accepts a candidate as it was proposed: the whole sentence is the quote and the claim. */
    @Transactional
    public Claim accept(long candidateId) {
        CandidateClaim candidate = candidates.findById(candidateId).orElseThrow(() -> gone(candidateId));
        return accept(candidateId, candidate.getStartOffset(), candidate.getEndOffset(), null);
    }

    /** Dismisses a candidate: it is not worth a claim, and is not proposed again. */
    @Transactional
    public void dismiss(long candidateId) {
        candidates.findForDecision(candidateId).orElseThrow(() -> gone(candidateId)).dismissed(CurrentReviewer.username());
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

    private static IllegalArgumentException gone(long candidateId) {
        return new IllegalArgumentException("The candidate claim " + candidateId + " no longer exists: reload the list.");
    }
}
