package org.factcheck.verdict.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.claim.Claim;
import org.factcheck.history.ui.RecordHistory;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Rating;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictPublication;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;
import org.factcheck.verdict.ui.WorkflowBar.StepEvent;


/**
 * The verdict on a claim, composed of its parts: the {@link VerdictForm} (rating, headline, rationale),
 * the {@link EvidenceList}, the {@link WorkflowBar} (the steps the workflow offers the signed-in
 * reviewer, and those taken) and the {@link PublishedVersions}. The parts fire events; this takes them
 * to the service and shows the verdict as it then stands. The service decides what is allowed.
 */
class VerdictEditor extends Div implements UnsavedChanges.Tracked {

    final VerdictForm form;
    final EvidenceList evidence = new EvidenceList();
    final WorkflowBar workflow;

    private final VerdictService verdicts;
    private final Claim claim;
    private Verdict verdict;

    VerdictEditor(VerdictService verdicts, SourceService sources, Claim claim) {
        this.verdicts = verdicts;
        this.claim = claim;
        addClassName("verdict-editor");
        List<Rating> ratings = verdicts.ratings();
        form = new VerdictForm(ratings);
        workflow = new WorkflowBar(ratings);
        form.addStartListener(start -> Saving.attempt(() -> verdicts.startDraft(claim, start.rating, start.rationale),
                () -> { }).ifPresent(started -> reload()));
        form.addSaveListener(save -> Saving.attempt(() -> verdicts.save(save.verdict), this::showConflict)
                .ifPresent(saved -> reload()));
        evidence.addEditListener(edit -> new EvidenceForm(sources, edit.item, edited -> Saving.attempt(
                () -> verdicts.saveEvidence(verdict, edited), this::showConflict).map(saved -> {
                    reload();
                    return true;
                }).orElse(false)).open());
        evidence.addRemoveListener(remove -> Saving.attempt(() -> {
            verdicts.removeEvidence(verdict, remove.item);
            return remove.item;
        }, this::showConflict).ifPresent(removed -> reload()));
        workflow.addStepListener(this::take);
        verdict = verdicts.verdictOnClaim(claim.getId()).orElse(null);
        render();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.hasUnsavedChanges();
    }

    private void render() {
        removeAll();
        add(new H3("Verdict"));
        if (verdict == null) {
            form.showNewDraft();
            add(form);
            return;
        }
        List<VerdictPublication> versions = verdicts.publications(verdict);
        add(header(versions));
        if (verdict.getStatus() == VerdictStatus.RETRACTED) {
            Paragraph retraction = new Paragraph("Retracted " + Labels.of(verdict.getRetractedAt()) + ": "
                    + verdict.getRetractionNote());
            retraction.addClassName("retraction-note");
            add(retraction);
        }
        form.show(verdict);
        evidence.show(verdict);
        workflow.show(verdict, verdicts.steps(verdict), verdicts.transitions(verdict), verdicts.proposedCorrection(verdict));
        add(form, evidence, workflow);
        if (!versions.isEmpty()) {
            add(new PublishedVersions(versions));
        }
    }

    /** The status, who wrote the verdict and who approved it for publication, and when. */
    private Div header(List<VerdictPublication> versions) {
        Span status = new Span(Labels.of(verdict.getStatus()));
        status.addClassName("verdict-status");
        status.getElement().setAttribute("data-status", verdict.getStatus().name());
        String drafted = "Drafted by " + (verdict.getAuthor() == null ? verdict.getCreatedBy()
                : verdict.getAuthor().getDisplayName()) + ", " + Labels.of(verdict.getCreatedAt());
        String approved = versions.isEmpty() ? "" : " · approved and published by " + versions.getFirst().getPublishedBy()
                + ", " + Labels.of(versions.getFirst().getPublishedAt());
        Span who = new Span(drafted + approved);
        who.addClassName("provenance");
        Div header = new Div(status, who);
        header.addClassName("verdict-header");
        return header;
    }

    private void take(StepEvent event) {
        Supplier<Verdict> step = switch (event.step) {
            case SUBMIT -> () -> verdicts.submitForReview(verdict, event.note);
            case SEND_BACK -> () -> verdicts.sendBack(verdict, event.note);
            case PUBLISH -> () -> verdicts.publish(verdict, event.note);
            case CORRECT -> () -> verdicts.correct(verdict, event.rating, event.headline, event.rationale, event.note);
            case PUBLISH_CORRECTION -> () -> verdicts.publishCorrection(verdict);
            case RETRACT -> () -> verdicts.retract(verdict, event.note);
            case START_DRAFT, IMPORT_PUBLISHED -> throw new IllegalArgumentException("Not a step the claim page offers: " + event.step);
        };
        if (Saving.attempt(step, this::showConflict).isPresent()) {
            event.taken();
            reload();
        }
    }

    private void reload() {
        UnsavedChanges.browserWarning(false);
        verdict = verdicts.verdictOnClaim(claim.getId()).orElse(null);
        render();
        RecordHistory.recordsChanged();
    }

    private void showConflict() {
        Verdict saved = verdicts.verdictOnClaim(claim.getId()).orElseThrow();
        new ConflictDialog("this verdict", saved.getUpdatedBy(), describe(verdict), describe(saved), this::reload).open();
    }

    private static Map<String, String> describe(Verdict verdict) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Rating", verdict.getRating().getLabel());
        fields.put("Headline", verdict.getHeadline());
        fields.put("Rationale", verdict.getRationale());
        fields.put("Status", verdict.getStatus().name());
        fields.put("Evidence items", String.valueOf(verdict.getEvidence().size()));
        return fields;
    }
}
