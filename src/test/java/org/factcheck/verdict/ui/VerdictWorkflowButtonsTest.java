package org.factcheck.verdict.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.factcheck.claim.ClaimService;
import org.factcheck.verdict.Desk;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The claim page offers each workflow step only to those who may take it, when they may. */
@AppTest
class VerdictWorkflowButtonsTest extends SpringBrowserlessTest {

    @Autowired
    Desk desk;

    @Autowired
    VerdictService verdicts;

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void a_reviewer_submits_a_draft_for_review_but_is_never_offered_publishing() {
        Verdict draft = desk.draft("rita", true);
        VerdictEditor editor = open(draft);

        assertThat(visibleSteps(editor)).containsExactly("Submit for review");
        test(editor.workflow.submit).click();
        StepDialog dialog = find(StepDialog.class).single();
        test(dialog.note).setValue("Ready when you are.");
        test(dialog.confirm).click();

        assertThat(status(draft)).isEqualTo(VerdictStatus.IN_REVIEW);
        assertThat(visibleSteps(editor)).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Div.class, editor).withClassName("timeline-comment").all())
                .extracting(Component::getElement).extracting(element -> element.getText())
                .contains("Ready when you are.");
    }

    @Test
    @WithMockUser(username = "edna", roles = {"EDITOR", "REVIEWER"})
    void an_editor_publishes_a_verdict_someone_else_wrote() {
        Verdict inReview = desk.inReview("rita");
        VerdictEditor editor = open(inReview);

        assertThat(visibleSteps(editor)).containsExactly("Send back", "Publish");
        assertThat(editor.workflow.publish.isEnabled()).isTrue();
        test(editor.workflow.publish).click();
        test(find(StepDialog.class).single().confirm).click();

        assertThat(status(inReview)).isEqualTo(VerdictStatus.PUBLISHED);
        assertThat(visibleSteps(editor)).containsExactly("Correct…", "Retract…");
        assertThat(editor.form.rationale.isReadOnly()).isTrue();
    }

    @Test
    @WithMockUser(username = "ed.author", roles = {"EDITOR", "REVIEWER"})
    void the_author_is_told_why_they_cannot_publish_their_own_verdict() {
        Verdict inReview = desk.inReview("ed.author");
        VerdictEditor editor = open(inReview);

        assertThat(editor.workflow.publish.isVisible()).isTrue();
        assertThat(editor.workflow.publish.isEnabled()).isFalse();
        assertThat(editor.workflow.publishRefusal.getText()).isEqualTo("You wrote this verdict: another editor must publish it.");
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void a_reviewer_sees_a_published_verdict_without_any_step_to_take() {
        Verdict published = desk.published("ravi", "edna");
        VerdictEditor editor = open(published);

        assertThat(visibleSteps(editor)).isEmpty();
        assertThat(find(com.vaadin.flow.component.details.Details.class, editor).all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "edna", roles = {"EDITOR", "REVIEWER"})
    void a_correction_shows_both_versions_with_its_note_and_a_blank_note_keeps_the_dialog_open() {
        Verdict published = desk.published("rita", "eddie");
        VerdictEditor editor = open(published);

        test(editor.workflow.correct).click();
        StepDialog dialog = find(StepDialog.class).single();
        @SuppressWarnings("unchecked")
        Select<org.factcheck.verdict.Rating> rating = find(Select.class, dialog).single();
        test(rating).selectItem("Mostly false");
        TextField headline = find(TextField.class, dialog).withLabel("Corrected headline").single();
        assertThat(headline.getValue()).isEqualTo("The record says otherwise");
        test(headline).setValue("One unit stayed behind");
        assertThat(headline.getHelperText()).endsWith("22/75");
        test(find(TextArea.class, dialog).withLabel("Corrected rationale").single()).setValue("One unit did stay.");
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).as("a correction without a note is refused").isTrue();
        assertThat(test(find(Notification.class).all().getLast()).getText())
                .isEqualTo("Write a public correction note: readers are told what changed and why.");

        test(dialog.note).setValue("We first rated this False; one unit stayed.");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Div.class, editor).withClassName("proposed-correction").single().getElement().getTextRecursively())
                .contains("Correction proposed by edna", "Mostly false", "Headline: One unit stayed behind", "One unit did stay.",
                        "You proposed this correction: another editor must publish it.");
        assertThat(editor.workflow.publishCorrection.isEnabled()).as("four eyes: not by its own editor").isFalse();

        as("eddie", Role.EDITOR, () -> verdicts.publishCorrection(desk.reload(published)));
        editor = open(published);
        assertThat(find(com.vaadin.flow.component.details.Details.class, editor).all()).hasSize(2);
        assertThat(find(com.vaadin.flow.component.html.Div.class, editor).withClassName("correction-note").single().getText())
                .isEqualTo("Correction: We first rated this False; one unit stayed.");
        assertThat(editor.form.headline.getValue()).isEqualTo("One unit stayed behind");
    }

    private VerdictEditor open(Verdict verdict) {
        navigate("claims/" + verdict.getClaim().getId(), Component.class);
        return find(VerdictEditor.class).single();
    }

    private static java.util.List<String> visibleSteps(VerdictEditor editor) {
        WorkflowBar workflow = editor.workflow;
        return java.util.stream.Stream.of(workflow.submit, workflow.sendBack, workflow.publish, workflow.correct, workflow.retract)
                .filter(Component::isVisible).map(button -> button.getText()).toList();
    }

    private VerdictStatus status(Verdict verdict) {
        return as("anyone", Role.REVIEWER, () -> desk.reload(verdict).getStatus());
    }
}
