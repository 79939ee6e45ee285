package org.factcheck.verdict.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.claim.Claim;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Rating;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;

/**
 * The verdict on a claim: its rating and rationale, and the evidence for and against. A claim
 * without a verdict offers to start a draft; a published verdict is shown read-only.
 */
class VerdictEditor extends Div implements UnsavedChanges.Tracked {

    final Select<Rating> rating = new Select<>();
    final TextArea rationale = new TextArea("Rationale");
    final Button save = new Button("Save verdict");
    final Button addEvidence = new Button("Add evidence", VaadinIcon.PLUS.create());
    final Grid<Evidence> evidence = new Grid<>();

    private final BeanValidationBinder<Verdict> binder = new BeanValidationBinder<>(Verdict.class);
    private final VerdictService verdicts;
    private final SourceService sources;
    private final Claim claim;
    private Verdict verdict;

    VerdictEditor(VerdictService verdicts, SourceService sources, Claim claim) {
        this.verdicts = verdicts;
        this.sources = sources;
        this.claim = claim;
        addClassName("verdict-editor");
        rating.setLabel("Rating");
        rating.setItems(verdicts.ratings());
        rating.setItemLabelGenerator(Rating::getLabel);
        rationale.setWidthFull();
        rationale.setMinHeight("8em");
        rationale.setHelperText("What the claim says, what the record shows, and why this rating.");
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
        Span who = new Span("Drafted by " + (verdict.getAuthor() == null ? verdict.getCreatedBy()
                : verdict.getAuthor().getDisplayName())
                + (verdict.getPublishedAt() == null ? "" : " · published " + verdict.getPublishedAt()));
        who.addClassName("provenance");
        binder.readBean(verdict);
        rating.setReadOnly(!verdict.isEditable());
        rationale.setReadOnly(!verdict.isEditable());
        save.setVisible(verdict.isEditable());
        addEvidence.setVisible(verdict.isEditable());
        evidence.setItems(verdict.getEvidence());
        add(new Div(status, who), rating, rationale, save, new H3("Evidence"), evidence, addEvidence);
        if (!verdict.isEditable()) {
            add(new Paragraph("A published verdict is changed only by a correction."));
        }
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
                this::showConflict).ifPresent(saved -> reload())).open();
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
    }

    private void showConflict() {
        Verdict saved = verdicts.verdictOnClaim(claim.getId()).orElseThrow();
        new ConflictDialog("this verdict", saved.getUpdatedBy(), describe(verdict), describe(saved), this::reload).open();
    }

    private static Map<String, String> describe(Verdict verdict) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Rating", verdict.getRating().getLabel());
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
