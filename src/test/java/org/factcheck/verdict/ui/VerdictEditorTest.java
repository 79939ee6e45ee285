package org.factcheck.verdict.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.factcheck.AppTest;
import org.factcheck.base.Refusal;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "reviewer", roles = "REVIEWER")
class VerdictEditorTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_draft_verdict_needs_a_rating_and_a_rationale() {
        Claim claim = newClaim();
        navigate("claims/" + claim.getId(), com.vaadin.flow.component.Component.class);
        VerdictEditor editor = find(VerdictEditor.class).single();

        test(find(Button.class, editor).withText("Start draft verdict").single()).click();

        assertThat(editor.form.rating.isInvalid()).isTrue();
        assertThat(editor.form.rationale.isInvalid()).isTrue();
        assertThat(verdicts.verdictOnClaim(claim.getId())).isEmpty();

        test(editor.form.rating).selectItem("Unproven");
        test(editor.form.rationale).setValue("No record either way yet.");
        test(find(Button.class, editor).withText("Start draft verdict").single()).click();

        Verdict draft = verdicts.verdictOnClaim(claim.getId()).orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(VerdictStatus.DRAFT);
        assertThat(draft.getRating().getLabel()).isEqualTo("Unproven");
        assertThat(editor.evidence.add.isVisible()).isTrue();
    }

    @Test
    void leaving_a_claim_page_with_an_unsaved_rationale_asks_first() {
        Claim claim = newClaim();
        verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "First thoughts.");
        navigate("claims/" + claim.getId(), com.vaadin.flow.component.Component.class);
        VerdictEditor editor = find(VerdictEditor.class).single();

        test(editor.form.rationale).setValue("Second thoughts, not saved yet.");
        com.vaadin.flow.component.UI.getCurrent().navigate("claims");

        assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single().isOpened()).isTrue();
    }

    @Test
    void the_headline_counts_its_characters_as_they_are_typed() {
        Claim claim = newClaim();
        verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "It did not happen.");
        navigate("claims/" + claim.getId(), com.vaadin.flow.component.Component.class);
        VerdictEditor editor = find(VerdictEditor.class).single();

        test(editor.form.headline).setValue("It did not happen");
        assertThat(editor.form.headline.getHelperText()).endsWith("(required to publish): 17/75");
        test(editor.form.headline).setValue("x".repeat(70));
        assertThat(editor.form.headline.getHelperText()).endsWith("(required to publish): 70/75");
    }

    @Test
    void incomplete_evidence_is_explained_next_to_its_fields_and_the_dialog_keeps_what_was_typed() {
        Claim claim = newClaim();
        verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "It did not happen.");
        navigate("claims/" + claim.getId(), com.vaadin.flow.component.Component.class);
        test(find(VerdictEditor.class).single().evidence.add).click();
        EvidenceForm form = find(EvidenceForm.class).single();

        test(form.cites).selectItem(EvidenceForm.WEB_PAGE);
        test(form.url).setValue("https://example.org/record");
        test(form.quote).setValue("A quote worth keeping.");
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Enter the page's title.");
        assertThat(form.url.isInvalid()).isFalse();
        assertThat(form.url.getValue()).isEqualTo("https://example.org/record");
        assertThat(form.quote.getValue()).isEqualTo("A quote worth keeping.");
        assertThat(evidenceTitles(claim)).isEmpty();

        test(form.title).setValue("The record");
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(evidenceTitles(claim)).containsExactly("The record");
    }

    @Test
    void escape_in_the_evidence_dialog_with_changes_asks_before_discarding_them() {
        Claim claim = newClaim();
        verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "It did not happen.");
        navigate("claims/" + claim.getId(), com.vaadin.flow.component.Component.class);
        test(find(VerdictEditor.class).single().evidence.add).click();
        EvidenceForm form = find(EvidenceForm.class).single();
        test(form.quote).setValue("Typed, not saved.");

        com.vaadin.flow.component.ComponentUtil.fireEvent(form,
                new com.vaadin.flow.component.dialog.Dialog.DialogCloseActionEvent(form, true));

        assertThat(form.isOpened()).as("Escape does not close it by itself").isTrue();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog question =
                find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(question.isOpened()).isTrue();
        test(question).cancel();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.quote.getValue()).isEqualTo("Typed, not saved.");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_failure_nobody_foresaw_is_logged_and_the_reviewer_is_told_only_that_nothing_was_saved(CapturedOutput log) {
        Claim claim = newClaim();
        Verdict draft = verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "It did not happen.");
        navigate("claims/" + claim.getId(), com.vaadin.flow.component.Component.class);
        // Nothing on the desk deletes a verdict: the save below meets a state the code does not expect.
        jdbc.sql("delete from verdict where id = ?").param(draft.getId()).update();
        test(find(VerdictEditor.class).single().evidence.add).click();
        EvidenceForm form = find(EvidenceForm.class).single();
        test(form.cites).selectItem(EvidenceForm.WEB_PAGE);
        test(form.url).setValue("https://example.org/record");
        test(form.title).setValue("The record");
        test(form.save).click();

        assertThat(test(find(Notification.class).all().getLast()).getText())
                .isEqualTo("Something went wrong; it was not saved. The error was logged.");
        assertThat(form.isOpened()).as("what was typed stays").isTrue();
        assertThat(log.getAll()).contains("A save failed for a reason nobody could be told",
                "java.util.NoSuchElementException", "at org.factcheck.verdict.VerdictContent");
    }

    @Test
    void evidence_needs_a_citation() {
        Claim claim = newClaim();
        Verdict draft = verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "It did not happen.");

        assertThatThrownBy(() -> verdicts.saveEvidence(draft, Evidence.blank()))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("Cite a source");
        Evidence cited = Evidence.fromWeb(Stance.REFUTES, "https://example.org/record", "The record", "Example",
                null, null, "It did not happen.");
        verdicts.saveEvidence(draft, cited);
        assertThat(verdicts.verdictOnClaim(claim.getId()).orElseThrow().getEvidence()).hasSize(1);
    }

    @Test
    void a_published_verdict_is_read_only_on_the_claim_page_and_in_the_service() {
        long claimId = jdbc.sql("select claim_id from verdict where status = 'PUBLISHED' order by id limit 1")
                .query(Long.class).single();
        navigate("claims/" + claimId, com.vaadin.flow.component.Component.class);
        VerdictEditor editor = find(VerdictEditor.class).single();

        assertThat(editor.form.rationale.isReadOnly()).isTrue();
        assertThat(editor.form.save.isVisible()).isFalse();
        assertThat(editor.evidence.add.isVisible()).isFalse();
        Verdict published = verdicts.verdictOnClaim(claimId).orElseThrow();
        published.setRationale("Quietly rewritten.");
        assertThatThrownBy(() -> verdicts.save(published))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("correction");
    }

    private Claim newClaim() {
        return claims.createFromSelection(firstSourceId(), 0, 12, "A claim for a verdict test " + System.nanoTime(),
                CheckWorthiness.MEDIUM);
    }

    private java.util.List<String> evidenceTitles(Claim claim) {
        return jdbc.sql("select e.title from evidence e join verdict v on v.id = e.verdict_id where v.claim_id = ?")
                .param(claim.getId()).query(String.class).list();
    }

    private long firstSourceId() {
        return jdbc.sql("select min(id) from source").query(Long.class).single();
    }
}
