package org.factcheck.verdict.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.claim.Claim;
import org.factcheck.history.ui.RecordHistory;
import org.factcheck.base.TextLimits;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Rating;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictCorrection;
import org.factcheck.verdict.VerdictPublication;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;
import org.factcheck.verdict.VerdictTransition;

/**
 * The verdict on a claim: its rating and rationale, the evidence for and against, and its workflow:
 * the steps the signed-in reviewer may take now, every step taken so far (who, when, why) and every
 * version the public was shown. A claim without a verdict offers to start a draft; a published
 * verdict is shown read-only and changes only by a correction. The service decides what is
 * allowed; this only shows the steps that can succeed, and says why publishing cannot.
 */
class VerdictEditor extends Div implements UnsavedChanges.Tracked {

    final Select<Rating> rating = new Select<>();
    final TextField headline = new TextField("Headline");
    final TextArea rationale = new TextArea("Rationale");
    final Button save = new Button("Save verdict");
    final Button addEvidence = new Button("Add evidence", VaadinIcon.PLUS.create());
    final Grid<Evidence> evidence = new Grid<>();
    final Button submit = new Button("Submit for review");
    final Button sendBack = new Button("Send back");
    final Button publish = new Button("Publish");
    final Button correct = new Button("Correct…");
    final Button retract = new Button("Retract…");
    final Button publishCorrection = new Button("Publish correction");
    final Span publishRefusal = new Span();

    private final FormBinder<Verdict> binder = new FormBinder<>(Verdict.class);
    private final VerdictService verdicts;
    private final SourceService sources;
    private final Claim claim;
    private final boolean editor;
    private Verdict verdict;

    VerdictEditor(VerdictService verdicts, SourceService sources, Claim claim, boolean editor) {
        this.verdicts = verdicts;
        this.sources = sources;
        this.claim = claim;
        this.editor = editor;
        addClassName("verdict-editor");
        rating.setLabel("Rating");
        rating.setItems(verdicts.ratings());
        rating.setItemLabelGenerator(Rating::getLabel);
        headline.setWidthFull();
        headline.setMaxLength(Verdict.HEADLINE_MAX);
        headline.setValueChangeMode(ValueChangeMode.EAGER);
        headline.addValueChangeListener(change -> countHeadline());
        countHeadline();
        rationale.setWidthFull();
        rationale.setMinHeight("8em");
        rationale.setHelperText("What the claim says, what the record shows, and why this rating.");
        binder.forField(headline).withNullRepresentation("").bind("headline");
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(change -> UnsavedChanges.browserWarning(binder.hasChanges()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        addEvidence.addClickListener(click -> editEvidence(Evidence.blank()));
        evidence.addColumn(item -> Labels.of(item.getStance())).setHeader("Stance").setAutoWidth(true)
                .setFlexGrow(0);
        evidence.addComponentColumn(VerdictEditor::citation).setHeader("Citation").setFlexGrow(2);
        evidence.addColumn(Evidence::getQuote).setHeader("Quote").setFlexGrow(3);
        evidence.addComponentColumn(item -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> editEvidence(item));
            edit.setAriaLabel("Edit evidence");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeEvidence(item));
            remove.setAriaLabel("Remove evidence");
            edit.setEnabled(verdict.isEditable());
            remove.setEnabled(verdict.isEditable());
            return new HorizontalLayout(edit, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        evidence.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        evidence.setAllRowsVisible(true);
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        retract.addThemeVariants(ButtonVariant.LUMO_ERROR);
        publishRefusal.addClassName("step-refusal");
        submit.addClickListener(click -> new StepDialog("Submit for review", "Submit for review", false,
                comment -> step(() -> verdicts.submitForReview(verdict, comment))).open());
        sendBack.addClickListener(click -> new StepDialog("Send back to draft", "Send back", false,
                comment -> step(() -> verdicts.sendBack(verdict, comment))).open());
        publish.addClickListener(click -> new StepDialog("Publish this verdict", "Publish", false,
                comment -> step(() -> verdicts.publish(verdict, comment))).open());
        correct.addClickListener(click -> openCorrection());
        publishCorrection.addClickListener(click -> step(() -> verdicts.publishCorrection(verdict)));
        retract.addClickListener(click -> new StepDialog("Retract this verdict", "Retract", true,
                note -> step(() -> verdicts.retract(verdict, note))).open());
        verdict = verdicts.verdictOnClaim(claim.getId()).orElse(null);
        render();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return verdict == null ? !rationale.isEmpty() : binder.hasChanges();
    }

    private void render() {
        removeAll();
        add(new H3("Verdict"));
        if (verdict == null) {
            add(new Paragraph("No verdict yet."), rating, rationale, startDraftButton());
            return;
        }
        Span status = new Span(Labels.of(verdict.getStatus()));
        status.addClassName("verdict-status");
        status.getElement().setAttribute("data-status", verdict.getStatus().name());
        List<VerdictTransition> steps = verdicts.transitions(verdict);
        List<VerdictPublication> versions = verdicts.publications(verdict);
        binder.readBean(verdict);
        rating.setReadOnly(!verdict.isEditable());
        headline.setReadOnly(!verdict.isEditable());
        rationale.setReadOnly(!verdict.isEditable());
        save.setVisible(verdict.isEditable());
        addEvidence.setVisible(verdict.isEditable());
        evidence.setItems(verdict.getEvidence());
        Div header = new Div(status, provenance(versions));
        header.addClassName("verdict-header");
        add(header);
        if (verdict.getStatus() == VerdictStatus.RETRACTED) {
            Paragraph retraction = new Paragraph("Retracted " + Labels.of(verdict.getRetractedAt()) + ": "
                    + verdict.getRetractionNote());
            retraction.addClassName("retraction-note");
            add(retraction);
        }
        add(rating, headline, rationale, save, new H3("Evidence"), evidence, addEvidence, workflow(steps));
        if (!versions.isEmpty()) {
            add(publishedVersions(versions));
        }
    }

    /** The headline's counter: it is required to publish, and search engines cut longer ones off. */
    private void countHeadline() {
        headline.setHelperText("The claim in a line, for the public page and search results (required to publish): "
                + headline.getValue().length() + "/" + Verdict.HEADLINE_MAX);
    }

    /** Who wrote the verdict and who approved it for publication, and when. */
    private Span provenance(List<VerdictPublication> versions) {
        String drafted = "Drafted by " + (verdict.getAuthor() == null ? verdict.getCreatedBy()
                : verdict.getAuthor().getDisplayName()) + ", " + Labels.of(verdict.getCreatedAt());
        String approved = versions.isEmpty() ? "" : " · approved and published by " + versions.getFirst().getPublishedBy()
                + ", " + Labels.of(versions.getFirst().getPublishedAt());
        Span who = new Span(drafted + approved);
        who.addClassName("provenance");
        return who;
    }

    /** The steps the signed-in reviewer may take now, then every step taken so far. */
    private Div workflow(List<VerdictTransition> steps) {
        VerdictStatus now = verdict.getStatus();
        submit.setVisible(now == VerdictStatus.DRAFT);
        sendBack.setVisible(editor && now == VerdictStatus.IN_REVIEW);
        publish.setVisible(editor && now == VerdictStatus.IN_REVIEW);
        correct.setVisible(editor && now == VerdictStatus.PUBLISHED);
        retract.setVisible(editor && now == VerdictStatus.PUBLISHED);
        Optional<String> refusal = publish.isVisible() ? verdicts.refusalToPublish(verdict) : Optional.empty();
        publish.setEnabled(refusal.isEmpty());
        publishRefusal.setText(refusal.orElse(""));
        publishRefusal.setVisible(refusal.isPresent());
        HorizontalLayout actions = new HorizontalLayout(submit, sendBack, publish, correct, retract, publishRefusal);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        Div timeline = new Div();
        timeline.addClassName("timeline");
        for (VerdictTransition step : steps) {
            Div entry = new Div(new Span(step.step()), new Span(" · " + step.getMadeBy() + " · " + Labels.of(step.getMadeAt())));
            entry.addClassName("timeline-entry");
            if (step.getComment() != null) {
                Div comment = new Div(step.getComment());
                comment.addClassName("timeline-comment");
                entry.add(comment);
            }
            timeline.add(entry);
        }
        Div workflow = new Div(new H3("Workflow"), actions);
        verdicts.proposedCorrection(verdict).ifPresent(proposed -> workflow.add(proposedCorrection(proposed)));
        workflow.add(timeline);
        workflow.addClassName("verdict-workflow");
        if (!verdict.isEditable()) {
            workflow.add(new Paragraph("A published verdict is changed only by a correction, which readers see with its note."));
        }
        return workflow;
    }

    /** A correction waiting for a second editor: what it changes, and the button for that editor. */
    private Div proposedCorrection(VerdictCorrection proposed) {
        Optional<String> refusal = verdicts.refusalToPublishCorrection(verdict);
        publishCorrection.setVisible(editor);
        publishCorrection.setEnabled(refusal.isEmpty());
        Div box = new Div(new Span("Correction proposed by " + proposed.getProposedBy() + ", "
                        + Labels.of(proposed.getProposedAt()) + " (readers see it once another editor publishes it): "
                        + proposed.getRating().getLabel()),
                new Paragraph(proposed.getRationale()), new Div("Note: " + proposed.getPublicNote()), publishCorrection);
        refusal.filter(reason -> editor).ifPresent(reason -> box.add(new Span(reason)));
        box.addClassName("proposed-correction");
        return box;
    }

    /** Every version the public was shown, newest first; earlier ones folded but readable. */
    private Div publishedVersions(List<VerdictPublication> versions) {
        Div list = new Div(new H3("Published versions (" + versions.size() + ")"));
        list.addClassName("published-versions");
        for (VerdictPublication version : versions.reversed()) {
            Div body = new Div(new Paragraph(version.getRationale()));
            version.getEvidence().forEach(item -> body.add(new Div(Labels.of(item.stance()) + ": " + item.citation())));
            Details details = new Details(new Span("Version " + version.getVersionNumber() + " · " + version.getRatingLabel()
                    + " · published by " + version.getPublishedBy() + ", " + Labels.of(version.getPublishedAt())), body);
            details.setOpened(version == versions.getLast());
            if (version.getCorrectionNote() != null) {
                Div note = new Div("Correction: " + version.getCorrectionNote());
                note.addClassName("correction-note");
                list.add(note);
            }
            list.add(details);
        }
        return list;
    }

    private void openCorrection() {
        Select<Rating> newRating = new Select<>();
        newRating.setLabel("Corrected rating");
        newRating.setItems(verdicts.ratings());
        newRating.setItemLabelGenerator(Rating::getLabel);
        newRating.setValue(verdict.getRating());
        TextArea newRationale = new TextArea("Corrected rationale");
        newRationale.setValue(verdict.getRationale());
        newRationale.setWidthFull();
        FormBinder.limit(newRationale, TextLimits.PROSE);
        new StepDialog("Propose a correction", "Propose correction", true,
                note -> step(() -> verdicts.correct(verdict, newRating.getValue(), newRationale.getValue(), note)),
                newRating, newRationale).open();
    }

    /** Takes a workflow step; true, and the page shows the new state, when it was taken. */
    private boolean step(Supplier<Verdict> step) {
        boolean taken = Saving.attempt(step, this::showConflict).isPresent();
        if (taken) {
            reload();
        }
        return taken;
    }

    private Button startDraftButton() {
        Button start = new Button("Start draft verdict", click -> {
            if (rating.isEmpty() || rationale.getValue().isBlank()) {
                rating.setInvalid(rating.isEmpty());
                rating.setErrorMessage("Choose a rating.");
                rationale.setInvalid(rationale.getValue().isBlank());
                rationale.setErrorMessage("Explain the rating.");
                return;
            }
            Saving.attempt(() -> verdicts.startDraft(claim, rating.getValue(), rationale.getValue()), () -> { })
                    .ifPresent(started -> reload());
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return start;
    }

    private void save() {
        if (!binder.writeBeanIfValid(verdict)) {
            return;
        }
        Saving.attempt(() -> verdicts.save(verdict), this::showConflict).ifPresent(saved -> reload());
    }

    private void editEvidence(Evidence item) {
        new EvidenceForm(sources, item, edited -> Saving.attempt(() -> verdicts.saveEvidence(verdict, edited),
                this::showConflict).map(saved -> {
                    reload();
                    return true;
                }).orElse(false)).open();
    }

    private void removeEvidence(Evidence item) {
        Saving.attempt(() -> {
            verdicts.removeEvidence(verdict, item);
            return item;
        }, this::showConflict).ifPresent(removed -> reload());
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

    private static com.vaadin.flow.component.Component citation(Evidence item) {
        if (item.getSource() != null) {
            return new Anchor("sources/" + item.getSource().getId(), item.citation());
        }
        Anchor link = new Anchor(item.getUrl(), item.citation());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
