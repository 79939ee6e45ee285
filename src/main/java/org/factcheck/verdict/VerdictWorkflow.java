package org.factcheck.verdict;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.base.Refusal;
import org.factcheck.base.Words;
import org.factcheck.history.ChangeReason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The verdict workflow, in one place: which {@link VerdictStep} a verdict may take from its status, who
 * may take it, the four-eyes rule (whoever last changed a version's content, or wrote it, does not
 * publish it; a correction is published by a second editor unless the desk's setting
 * {@code factcheck.workflow.self-published-corrections} allows its own editor to), and the evidence and
 * headline a publication needs. It answers which steps a reviewer may take now, refuses the others with
 * the reason, takes the steps and records each one. {@link VerdictService} checks the roles and is the
 * only way in.
 */
@Component
class VerdictWorkflow {

    static final String NO_HEADLINE =
            "Write a headline before publishing: the claim in at most " + Verdict.HEADLINE_MAX + " characters.";

    /** The steps a reviewer is offered on a verdict, in the order the claim page shows them. */
    private static final List<VerdictStep> OFFERED = List.of(VerdictStep.SUBMIT, VerdictStep.SEND_BACK,
            VerdictStep.PUBLISH, VerdictStep.CORRECT, VerdictStep.RETRACT, VerdictStep.PUBLISH_CORRECTION);

    private final VerdictRepository verdicts;
    private final VerdictTransitionRepository transitions;
    private final VerdictPublicationRepository publications;
    private final VerdictCorrectionRepository corrections;
    private final ReviewerService reviewers;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final boolean selfPublishedCorrections;

    VerdictWorkflow(VerdictRepository verdicts, VerdictTransitionRepository transitions,
            VerdictPublicationRepository publications, VerdictCorrectionRepository corrections, ReviewerService reviewers,
            EntityManager entityManager, ApplicationEventPublisher events,
            @Value("${factcheck.workflow.self-published-corrections:false}") boolean selfPublishedCorrections) {
        this.verdicts = verdicts;
        this.transitions = transitions;
        this.publications = publications;
        this.corrections = corrections;
        this.reviewers = reviewers;
        this.entityManager = entityManager;
        this.events = events;
        this.selfPublishedCorrections = selfPublishedCorrections;
    }

    /**
     * The steps the signed-in reviewer may take on this verdict now, or could once what stands in the
     * way is done (each says what): only steps its status allows and their role reaches.
     */
    List<OfferedStep> steps(Verdict verdict) {
        return OFFERED.stream()
                .filter(step -> step.from() == verdict.getStatus() && mayAct(step.role()))
                .filter(step -> step != VerdictStep.PUBLISH_CORRECTION || proposedCorrection(verdict).isPresent())
                .map(step -> new OfferedStep(step, refusal(step, verdict)))
                .toList();
    }

    /** Why the signed-in reviewer may not take this step on this verdict now, if anything stands in the way. */
    Optional<String> refusal(VerdictStep step, Verdict verdict) {
        if (step == VerdictStep.PUBLISH && verdict.getStatus() == VerdictStatus.PUBLISHED) {
            return Optional.of("This verdict is already published: change it with a correction.");
        }
        if (verdict.getStatus() != step.from()) {
            return Optional.of("Only " + which(step.from()) + " can be " + step.passive() + "; this verdict is "
                    + Words.inSentence(verdict.getStatus()) + ".");
        }
        return switch (step) {
            case PUBLISH -> refusalToPublish(verdict);
            case PUBLISH_CORRECTION -> refusalToPublishCorrection(verdict);
            default -> Optional.empty();
        };
    }

    private Optional<String> refusalToPublish(Verdict verdict) {
        String me = CurrentReviewer.username();
        if (isAuthor(verdict, me)) {
            return Optional.of("You wrote this verdict: another editor must publish it.");
        }
        if (me.equals(verdict.getContentChangedBy())) {
            return Optional.of("You changed this verdict last: another editor must check and publish it.");
        }
        if (verdict.getEvidence().isEmpty()) {
            return Optional.of("Add at least one item of evidence before publishing.");
        }
        if (verdict.getHeadline() == null) {
            return Optional.of(NO_HEADLINE);
        }
        return Optional.empty();
    }

    private Optional<String> refusalToPublishCorrection(Verdict verdict) {
        Optional<VerdictCorrection> proposed = proposedCorrection(verdict);
        if (proposed.isEmpty()) {
            return Optional.of("No correction of this verdict is waiting to be published.");
        }
        if (proposed.get().getProposedBy().equals(CurrentReviewer.username())) {
            return Optional.of("You proposed this correction: another editor must publish it.");
        }
        return Optional.empty();
    }

    Optional<VerdictCorrection> proposedCorrection(Verdict verdict) {
        return verdict.isNew() ? Optional.empty() : corrections.findById(verdict.getId());
    }

    /** Starts a verdict as a draft, written by the signed-in reviewer. */
    Verdict startDraft(Verdict verdict) {
        verdict.contentChangedBy(CurrentReviewer.username());
        Verdict saved = verdicts.save(verdict);
        record(saved, VerdictStep.START_DRAFT, null, null, Instant.now());
        return saved;
    }

    Verdict submit(Verdict verdict, String comment) {
        return move(current(verdict), VerdictStep.SUBMIT, comment);
    }

    Verdict sendBack(Verdict verdict, String comment) {
        return move(current(verdict), VerdictStep.SEND_BACK, comment);
    }

    /** Publishes a verdict in review; the approving editor becomes its reviewer. */
    Verdict publish(Verdict verdict, String comment) {
        Verdict current = take(VerdictStep.PUBLISH, verdict);
        Instant now = Instant.now();
        current.publish(now, reviewers.findByUsername(CurrentReviewer.username()).orElse(null));
        record(current, VerdictStep.PUBLISH, VerdictStep.PUBLISH.from(), comment, now);
        publications.save(new VerdictPublication(current, 1, now, CurrentReviewer.username(), null));
        return current;
    }

    /**
     * Proposes a corrected version of a published verdict, for a second editor to publish; where the
     * desk allows it, publishes it at once, recorded as approved by its own editor.
     */
    Verdict correct(Verdict verdict, Rating newRating, String newHeadline, String newRationale, String publicNote) {
        Verdict current = take(VerdictStep.CORRECT, verdict);
        if (isBlank(publicNote)) {
            throw new Refusal("Write a public correction note: readers are told what changed and why.");
        }
        if (newRating == null || isBlank(newRationale)) {
            throw new Refusal("A corrected verdict needs a rating and a rationale.");
        }
        String headline = isBlank(newHeadline) ? current.getHeadline() : newHeadline.strip();
        if (headline != null && headline.length() > Verdict.HEADLINE_MAX) {
            throw new Refusal("Keep the corrected headline to " + Verdict.HEADLINE_MAX + " characters.");
        }
        if (newRating.equals(current.getRating()) && Objects.equals(headline, current.getHeadline())
                && newRationale.strip().equals(current.getRationale().strip())) {
            throw new Refusal("Nothing changed: change the rating, the headline or the rationale to publish a correction.");
        }
        VerdictCorrection proposed = new VerdictCorrection(current, newRating, headline, newRationale.strip(),
                publicNote.strip(), CurrentReviewer.username(), Instant.now());
        if (selfPublishedCorrections) {
            return apply(current, proposed, true);
        }
        corrections.deleteById(current.getId());
        corrections.flush();
        corrections.save(proposed);
        announce(current, VerdictStep.CORRECT, publicNote, proposed.getProposedAt());
        return current;
    }

    /** Publishes the correction another editor proposed: readers see it, with its note, from now on. */
    Verdict publishCorrection(Verdict verdict) {
        Verdict current = take(VerdictStep.PUBLISH_CORRECTION, verdict);
        VerdictCorrection correction = corrections.findById(current.getId()).orElseThrow();
        corrections.delete(correction);
        return apply(current, correction, false);
    }

    private Verdict apply(Verdict current, VerdictCorrection correction, boolean selfApproved) {
        current.setRating(correction.getRating());
        if (correction.getHeadline() != null) {
            current.setHeadline(correction.getHeadline());
        }
        current.setRationale(correction.getRationale());
        current.contentChangedBy(correction.getProposedBy());
        // The corrections log reads the headline from the verdict when the new version is inserted.
        verdicts.flush();
        Instant now = Instant.now();
        String note = correction.getPublicNote();
        record(current, VerdictStep.PUBLISH_CORRECTION, VerdictStatus.PUBLISHED, selfApproved
                ? note + " (published by its own editor, as the desk's settings allow)"
                : note + " (proposed by " + correction.getProposedBy() + ")", now);
        publications.save(new VerdictPublication(current, publications.countByVerdict(current) + 1, now,
                CurrentReviewer.username(), note, selfApproved));
        return current;
    }

    /** Withdraws a published verdict, with a public note saying why it no longer stands. */
    Verdict retract(Verdict verdict, String publicNote) {
        Verdict current = take(VerdictStep.RETRACT, verdict);
        if (isBlank(publicNote)) {
            throw new Refusal("Write a public retraction note: readers are told why the verdict no longer stands.");
        }
        Instant now = Instant.now();
        current.retract(now, publicNote.strip());
        record(current, VerdictStep.RETRACT, VerdictStatus.PUBLISHED, publicNote, now);
        return current;
    }

    /** Publishes a verdict the desk approved outside the four-eyes workflow: the curated seed's. */
    Verdict publishApproved(Verdict verdict) {
        if (verdict.getHeadline() == null) {
            throw new Refusal(NO_HEADLINE);
        }
        VerdictStatus from = verdict.isNew() ? null : verdict.getStatus();
        Instant now = Instant.now();
        verdict.publish(now, null);
        Verdict saved = verdicts.save(verdict);
        record(saved, VerdictStep.IMPORT_PUBLISHED, from, "Curated import: approved by the desk outside the four-eyes workflow.", now);
        publications.save(new VerdictPublication(saved, 1, now, CurrentReviewer.username(), null));
        return saved;
    }

    /** Refuses a change to a verdict's content once it is published: only a correction changes it then. */
    static void requireEditable(Verdict verdict) {
        if (!verdict.isEditable()) {
            throw new Refusal("This verdict is " + Words.inSentence(verdict.getStatus())
                    + ": it can no longer be edited; publish a correction instead.");
        }
    }

    /** The verdict as it is saved now, if this step may be taken on it; refused with the reason otherwise. */
    private Verdict take(VerdictStep step, Verdict verdict) {
        Verdict current = current(verdict);
        refusal(step, current).ifPresent(refusal -> {
            throw new Refusal(refusal);
        });
        return current;
    }

    /**
     * The verdict as it is saved now, refusing a step taken on a version someone has since changed:
     * an editor must not publish words they have not seen.
     */
    private Verdict current(Verdict verdict) {
        if (verdict.isNew()) {
            return startDraft(verdict);
        }
        Verdict current = verdicts.findById(verdict.getId())
                .orElseThrow(() -> new Refusal("This verdict no longer exists."));
        if (current.getVersion() != verdict.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Verdict.class, verdict.getId());
        }
        return current;
    }

    private Verdict move(Verdict current, VerdictStep step, String comment) {
        refusal(step, current).ifPresent(refusal -> {
            throw new Refusal(refusal);
        });
        current.moveTo(step.to());
        record(current, step, step.from(), comment, Instant.now());
        return current;
    }

    /** Records the step the verdict just took from {@code from} to its current status. */
    private void record(Verdict verdict, VerdictStep step, VerdictStatus from, String comment, Instant at) {
        String why = isBlank(comment) ? null : comment.strip();
        transitions.save(new VerdictTransition(verdict, from, verdict.getStatus(), CurrentReviewer.username(), at, why));
        ChangeReason.forThisTransaction(entityManager, why);
        announce(verdict, step, why, at);
    }

    private void announce(Verdict verdict, VerdictStep step, String comment, Instant at) {
        String author = verdict.getAuthor() != null ? verdict.getAuthor().getUsername() : verdict.getCreatedBy();
        events.publishEvent(new VerdictStepTaken(verdict.getId(), verdict.getClaim().getId(), step, author,
                CurrentReviewer.username(), comment, at));
    }

    private static String which(VerdictStatus status) {
        return switch (status) {
            case DRAFT -> "a draft";
            case IN_REVIEW -> "a verdict in review";
            case PUBLISHED -> "a published verdict";
            case RETRACTED -> "a retracted verdict";
        };
    }

    private static boolean isAuthor(Verdict verdict, String username) {
        return username.equals(verdict.getCreatedBy())
                || verdict.getAuthor() != null && username.equals(verdict.getAuthor().getUsername());
    }

    /** Whether the signed-in reviewer's role reaches this one (their authorities list every role theirs includes). */
    private static boolean mayAct(Role role) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority()));
    }

    static boolean isBlank(String text) {
        return Objects.requireNonNullElse(text, "").isBlank();
    }
}
