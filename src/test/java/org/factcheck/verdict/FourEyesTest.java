package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.factcheck.base.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * F-05: an editor rewrote a verdict in review and published it alone; a verdict's author who is an
 * editor published a "correction" alone. Whoever last changed a version may not publish it, and a
 * correction needs a second editor.
 */
@AppTest
class FourEyesTest {

    @Autowired
    VerdictService verdicts;

    @Autowired
    Desk desk;

    @Test
    void an_editor_who_rewrote_a_verdict_in_review_may_not_publish_it() {
        Verdict inReview = desk.inReview("fe.author");
        Verdict rewritten = as("fe.editor", Role.EDITOR, () -> {
            inReview.setRating(verdicts.rating("True").orElseThrow());
            inReview.setRationale("Rewritten by the editor: it happened.");
            return desk.reload(verdicts.save(inReview));
        });

        assertThat(as("fe.editor", Role.EDITOR, () -> verdicts.steps(rewritten)))
                .extracting(OfferedStep::step, OfferedStep::refusal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VerdictStep.SEND_BACK, java.util.Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(VerdictStep.PUBLISH, java.util.Optional.of(
                                "You changed this verdict last: another editor must check and publish it.")));
        assertThatThrownBy(() -> as("fe.editor", Role.EDITOR, () -> verdicts.publish(rewritten, null)))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("You changed this verdict last");
        assertThat(as("fe.editor", Role.EDITOR, () -> desk.reload(rewritten)).getStatus()).isEqualTo(VerdictStatus.IN_REVIEW);

        Verdict published = as("fe.other.editor", Role.EDITOR, () -> verdicts.publish(rewritten, "Checked the rewrite."));
        assertThat(published.getStatus()).isEqualTo(VerdictStatus.PUBLISHED);
    }

    @Test
    void an_editor_who_changed_only_the_evidence_may_not_publish_it_either() {
        Verdict inReview = desk.inReview("fe.author");
        as("fe.editor", Role.EDITOR, () -> verdicts.saveEvidence(inReview, Evidence.fromWeb(Stance.SUPPORTS,
                "https://example.org/other", "Another record", "Example Times", null, null, null)));

        assertThatThrownBy(() -> as("fe.editor", Role.EDITOR, () -> verdicts.publish(desk.reload(inReview), null)))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("You changed this verdict last");
    }

    @Test
    void a_correction_waits_for_a_second_editor_and_its_author_cannot_publish_it() {
        Verdict published = desk.published("fe.author", "fe.editor");
        Rating mostlyFalse = as("fe.editor", Role.EDITOR, () -> verdicts.rating("Mostly false").orElseThrow());

        Verdict proposed = as("fe.editor", Role.EDITOR, () -> desk.reload(verdicts.correct(published, mostlyFalse,
                "One unit stayed.", "We first rated this False.")));

        assertThat(proposed.getRating().getLabel()).as("readers still see the published version").isEqualTo("False");
        assertThat(as("fe.editor", Role.EDITOR, () -> verdicts.publications(proposed))).hasSize(1);
        assertThat(as("fe.editor", Role.EDITOR, () -> verdicts.proposedCorrection(proposed)))
                .get().extracting(VerdictCorrection::getProposedBy).isEqualTo("fe.editor");
        assertThatThrownBy(() -> as("fe.editor", Role.EDITOR, () -> verdicts.publishCorrection(proposed)))
                .isInstanceOf(Refusal.class)
                .hasMessage("You proposed this correction: another editor must publish it.");

        Verdict corrected = as("fe.second.editor", Role.EDITOR, () -> desk.reload(verdicts.publishCorrection(proposed)));
        assertThat(corrected.getRating().getLabel()).isEqualTo("Mostly false");
        assertThat(as("fe.editor", Role.EDITOR, () -> verdicts.publications(corrected)))
                .extracting(VerdictPublication::getPublishedBy, VerdictPublication::isSelfApproved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fe.editor", false),
                        org.assertj.core.groups.Tuple.tuple("fe.second.editor", false));
        assertThat(as("fe.editor", Role.EDITOR, () -> verdicts.proposedCorrection(corrected))).isEmpty();
    }

    @Test
    void the_authors_own_correction_is_not_published_by_them_even_as_an_editor() {
        Verdict published = desk.published("fe.author.editor", "fe.editor");
        Rating half = as("fe.author.editor", Role.EDITOR, () -> verdicts.rating("Half true").orElseThrow());

        Verdict proposed = as("fe.author.editor", Role.EDITOR, () -> desk.reload(verdicts.correct(published, half,
                "Half of it holds.", "Corrected by its author.")));

        assertThat(proposed.getRating().getLabel()).isEqualTo("False");
        assertThatThrownBy(() -> as("fe.author.editor", Role.EDITOR, () -> verdicts.publishCorrection(proposed)))
                .isInstanceOf(Refusal.class);
    }
}
