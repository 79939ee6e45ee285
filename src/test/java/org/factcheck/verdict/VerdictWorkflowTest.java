package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.factcheck.base.Refusal;
import org.factcheck.claim.ClaimService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The verdict workflow's rules, through the real service and database. */
@AppTest
class VerdictWorkflowTest {

    @Autowired
    VerdictService verdicts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Desk desk;

    @Test
    void the_author_cannot_publish_their_own_verdict_even_as_an_editor() {
        Verdict verdict = desk.inReview("author.editor");

        assertThatThrownBy(() -> as("author.editor", Role.EDITOR, () -> verdicts.publish(verdict, null)))
                .isInstanceOf(Refusal.class)
                .hasMessage("You wrote this verdict: another editor must publish it.");
        assertThat(status(verdict)).isEqualTo(VerdictStatus.IN_REVIEW);
    }

    @Test
    void a_reviewer_cannot_publish() {
        Verdict verdict = desk.inReview("alice");

        assertThatThrownBy(() -> as("carol", Role.REVIEWER, () -> verdicts.publish(verdict, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(verdict)).isEqualTo(VerdictStatus.IN_REVIEW);
    }

    @Test
    void publishing_without_evidence_is_refused_with_a_clear_message() {
        Verdict draft = desk.draft("alice", false);
        Verdict inReview = as("alice", Role.REVIEWER, () -> desk.reload(verdicts.submitForReview(draft, null)));

        assertThatThrownBy(() -> as("bob", Role.EDITOR, () -> verdicts.publish(inReview, null)))
                .isInstanceOf(Refusal.class)
                .hasMessage("Add at least one item of evidence before publishing.");
        assertThat(status(inReview)).isEqualTo(VerdictStatus.IN_REVIEW);
    }

    @Test
    void publishing_without_a_headline_is_refused_with_a_clear_message() {
        Verdict inReview = desk.inReview("alice");
        Verdict withoutHeadline = as("alice", Role.REVIEWER, () -> {
            inReview.setHeadline("  ");
            return desk.reload(verdicts.save(inReview));
        });

        assertThatThrownBy(() -> as("bob", Role.EDITOR, () -> verdicts.publish(withoutHeadline, null)))
                .isInstanceOf(Refusal.class)
                .hasMessage("Write a headline before publishing: the claim in at most 75 characters.");
        assertThat(status(withoutHeadline)).isEqualTo(VerdictStatus.IN_REVIEW);
    }

    @Test
    void a_draft_cannot_be_published_before_it_is_submitted_for_review() {
        Verdict draft = desk.draft("alice", true);

        assertThatThrownBy(() -> as("bob", Role.EDITOR, () -> verdicts.publish(draft, null)))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("Only a verdict in review can be published");
    }

    @Test
    void another_editor_publishes_and_becomes_the_approving_reviewer_with_a_first_published_version() {
        Verdict published = desk.published("alice", "bob");

        assertThat(published.getStatus()).isEqualTo(VerdictStatus.PUBLISHED);
        assertThat(published.getPublishedAt()).isNotNull();
        List<VerdictPublication> versions = as("bob", Role.REVIEWER, () -> verdicts.publications(published));
        assertThat(versions).singleElement().satisfies(first -> {
            assertThat(first.getVersionNumber()).isEqualTo(1);
            assertThat(first.getPublishedBy()).isEqualTo("bob");
            assertThat(first.getRatingLabel()).isEqualTo("False");
            assertThat(first.getCorrectionNote()).isNull();
            assertThat(first.getEvidence()).extracting(PublishedEvidence::citation)
                    .containsExactly("The record — Example Gazette");
        });
    }

    @Test
    void an_editor_sends_a_verdict_back_and_the_author_edits_it_again() {
        Verdict inReview = desk.inReview("alice");

        Verdict sentBack = as("bob", Role.EDITOR, () -> verdicts.sendBack(inReview, "Cite the Pentagon's own figure."));

        assertThat(sentBack.getStatus()).isEqualTo(VerdictStatus.DRAFT);
        assertThat(sentBack.isEditable()).isTrue();
        assertThatThrownBy(() -> as("carol", Role.REVIEWER, () -> verdicts.sendBack(desk.inReview("alice"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_transition_is_recorded_with_who_when_and_the_comment() {
        Verdict published = desk.published("alice", "bob");

        List<VerdictTransition> steps = as("bob", Role.REVIEWER, () -> verdicts.transitions(published));

        assertThat(steps).extracting(VerdictTransition::step, VerdictTransition::getMadeBy, VerdictTransition::getComment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Drafted", "alice", null),
                        org.assertj.core.groups.Tuple.tuple("Submitted for review", "alice", "Ready for a second look."),
                        org.assertj.core.groups.Tuple.tuple("Published", "bob", "Checked every source."));
        assertThat(steps).extracting(VerdictTransition::getFromStatus)
                .containsExactly(null, VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW);
        assertThat(steps).allSatisfy(step -> assertThat(step.getMadeAt()).isNotNull());
        assertThat(steps.get(2).getMadeAt()).isAfterOrEqualTo(steps.get(0).getMadeAt());
    }

    @Test
    void a_correction_keeps_both_published_versions_and_its_note() {
        Verdict published = desk.published("alice", "bob");
        Rating mostlyFalse = as("bob", Role.REVIEWER, () -> verdicts.rating("Mostly false").orElseThrow());

        as("dave", Role.EDITOR, () -> verdicts.correct(published, mostlyFalse,
                "Part of it holds: one unit did stay.", "We first rated this False; one unit did stay, so Mostly false."));
        Verdict corrected = as("erin", Role.EDITOR, () -> desk.reload(verdicts.publishCorrection(desk.reload(published))));

        assertThat(corrected.getStatus()).isEqualTo(VerdictStatus.PUBLISHED);
        assertThat(corrected.getRating().getLabel()).isEqualTo("Mostly false");
        List<VerdictPublication> versions = as("bob", Role.REVIEWER, () -> verdicts.publications(corrected));
        assertThat(versions).extracting(VerdictPublication::getVersionNumber, VerdictPublication::getRatingLabel,
                        VerdictPublication::getRationale, VerdictPublication::getPublishedBy, VerdictPublication::getCorrectionNote)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "False", published.getRationale(), "bob", null),
                        org.assertj.core.groups.Tuple.tuple(2, "Mostly false", "Part of it holds: one unit did stay.", "erin",
                                "We first rated this False; one unit did stay, so Mostly false."));
        assertThat(as("bob", Role.REVIEWER, () -> verdicts.transitions(corrected)))
                .last().extracting(VerdictTransition::step, VerdictTransition::getMadeBy, VerdictTransition::getComment)
                .containsExactly("Corrected", "erin",
                        "We first rated this False; one unit did stay, so Mostly false. (proposed by dave)");
    }

    @Test
    void a_correction_needs_a_public_note_an_editor_and_a_change() {
        Verdict published = desk.published("alice", "bob");
        Rating mostlyFalse = as("bob", Role.REVIEWER, () -> verdicts.rating("Mostly false").orElseThrow());

        assertThatThrownBy(() -> as("bob", Role.EDITOR, () -> verdicts.correct(published, mostlyFalse, "Changed.", "  ")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("Write a public correction note");
        assertThatThrownBy(() -> as("alice", Role.REVIEWER, () -> verdicts.correct(published, mostlyFalse, "Changed.", "Why.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("bob", Role.EDITOR, () -> verdicts.correct(published, published.getRating(),
                published.getRationale(), "A note about nothing.")))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("Nothing changed");
        assertThat(as("bob", Role.REVIEWER, () -> verdicts.publications(published))).hasSize(1);
    }

    @Test
    void a_retraction_needs_a_public_note_and_keeps_the_published_versions() {
        Verdict published = desk.published("alice", "bob");

        assertThatThrownBy(() -> as("bob", Role.EDITOR, () -> verdicts.retract(published, "")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("Write a public retraction note");
        Verdict retracted = as("bob", Role.EDITOR, () -> desk.reload(
                verdicts.retract(published, "The quote was misattributed: the minister never said it.")));

        assertThat(retracted.getStatus()).isEqualTo(VerdictStatus.RETRACTED);
        assertThat(retracted.getRetractionNote()).isEqualTo("The quote was misattributed: the minister never said it.");
        assertThat(retracted.getRetractedAt()).isNotNull();
        assertThat(retracted.isEditable()).isFalse();
        assertThat(as("bob", Role.REVIEWER, () -> verdicts.publications(retracted))).hasSize(1);
        assertThat(as("bob", Role.REVIEWER, () -> verdicts.transitions(retracted))).last()
                .extracting(VerdictTransition::step).isEqualTo("Retracted");
    }

    @Test
    void a_step_taken_on_a_version_someone_has_since_changed_is_refused() {
        Verdict inReview = desk.inReview("alice");
        as("alice", Role.REVIEWER, () -> {
            Verdict fresh = desk.reload(inReview);
            fresh.setRationale("Rewritten while the editor was reading.");
            verdicts.save(fresh);
        });

        assertThatThrownBy(() -> as("bob", Role.EDITOR, () -> verdicts.publish(inReview, null)))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void the_seeded_published_verdicts_are_recorded_as_curated_imports_with_a_first_version() {
        long seededPublished = jdbc.sql("select count(*) from verdict where status = 'PUBLISHED' and created_by = 'seed'")
                .query(Long.class).single();
        long importedVersions = jdbc.sql("""
                select count(*) from verdict_publication p join verdict v on v.id = p.verdict_id
                where v.created_by = 'seed' and p.version_number = 1 and p.published_by = 'seed'""")
                .query(Long.class).single();
        long importSteps = jdbc.sql("""
                select count(*) from verdict_transition t join verdict v on v.id = t.verdict_id
                where v.created_by = 'seed' and t.from_status is null and t.to_status = 'PUBLISHED'""")
                .query(Long.class).single();

        assertThat(seededPublished).isPositive();
        assertThat(importedVersions).isEqualTo(seededPublished);
        assertThat(importSteps).isEqualTo(seededPublished);
    }

    private VerdictStatus status(Verdict verdict) {
        return as("bob", Role.REVIEWER, () -> desk.reload(verdict).getStatus());
    }
}
