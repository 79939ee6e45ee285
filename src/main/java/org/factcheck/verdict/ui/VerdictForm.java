package org.factcheck.verdict.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.verdict.Rating;
import org.factcheck.verdict.Verdict;

/**
 * What a verdict says: its rating, headline and rationale. A claim without a verdict gets the rating
 * and rationale to start a draft with; a published verdict is shown read-only. Fires {@link StartEvent}
 * and {@link SaveEvent}; whoever listens saves.
 */
class VerdictForm extends Div {

    final Select<Rating> rating = new Select<>();
    final TextField headline = new TextField("Headline");
    final TextArea rationale = new TextArea("Rationale");
    final Button save = new Button("Save verdict");
    final Button start = new Button("Start draft verdict");

    private final FormBinder<Verdict> binder = new FormBinder<>(Verdict.class);
    private Verdict verdict;

    VerdictForm(List<Rating> ratings) {
        addClassName("verdict-form");
        rating.setLabel("Rating");
        rating.setItems(ratings);
        rating.setItemLabelGenerator(Rating::getLabel);
        headline.setWidthFull();
        headlineCounter(headline, "The claim in a line, for the public page and search results (required to publish): ");
        rationale.setWidthFull();
        rationale.setMinHeight("8em");
        rationale.setHelperText("What the claim says, what the record shows, and why this rating.");
        // Bound by its accessors, not its name, so the binder does not add a second counter after this one.
        binder.forField(headline).withNullRepresentation("").bind(Verdict::getHeadline, Verdict::setHeadline);
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(change -> UnsavedChanges.browserWarning(binder.hasChanges()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(verdict)) {
                fireEvent(new SaveEvent(this, verdict));
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startDraft());
    }

    /**
     * Limits a headline field to what search engines show, with a live counter after {@code helper}:
     * "… 42/75".
     */
    static void headlineCounter(TextField field, String helper) {
        field.setMaxLength(Verdict.HEADLINE_MAX);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        Runnable count = () -> field.setHelperText(helper + field.getValue().length() + "/" + Verdict.HEADLINE_MAX);
        field.addValueChangeListener(change -> count.run());
        count.run();
    }

    /** The fields to start a draft with, on a claim without a verdict. */
    void showNewDraft() {
        verdict = null;
        removeAll();
        add(new Paragraph("No verdict yet."), rating, rationale, start);
    }

    void show(Verdict verdict) {
        this.verdict = verdict;
        binder.readBean(verdict);
        boolean editable = verdict.isEditable();
        rating.setReadOnly(!editable);
        headline.setReadOnly(!editable);
        rationale.setReadOnly(!editable);
        save.setVisible(editable);
        removeAll();
        add(rating, headline, rationale, save);
    }

    boolean hasUnsavedChanges() {
        return verdict == null ? !rationale.isEmpty() : binder.hasChanges();
    }

    private void startDraft() {
        if (rating.isEmpty() || rationale.getValue().isBlank()) {
            rating.setInvalid(rating.isEmpty());
            rating.setErrorMessage("Choose a rating.");
            rationale.setInvalid(rationale.getValue().isBlank());
            rationale.setErrorMessage("Explain the rating.");
            return;
        }
        fireEvent(new StartEvent(this, rating.getValue(), rationale.getValue()));
    }

    Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A draft to start on the claim, with its first rating and rationale. */
    static final class StartEvent extends ComponentEvent<VerdictForm> {

        final Rating rating;
        final String rationale;

        StartEvent(VerdictForm source, Rating rating, String rationale) {
            super(source, false);
            this.rating = rating;
            this.rationale = rationale;
        }
    }

    /** The verdict with the form's valid changes written into it, to be saved. */
    static final class SaveEvent extends ComponentEvent<VerdictForm> {

        final Verdict verdict;

        SaveEvent(VerdictForm source, Verdict verdict) {
            super(source, false);
            this.verdict = verdict;
        }
    }
}
