package org.factcheck.verdict.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.base.TextLimits;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Labels;
import org.factcheck.verdict.OfferedStep;
import org.factcheck.verdict.Rating;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictCorrection;
import org.factcheck.verdict.VerdictStep;
import org.factcheck.verdict.VerdictTransition;

/**
 * A verdict's workflow: a button for each step the workflow offers the signed-in reviewer now (disabled,
 * with the reason, when something stands in its way), a correction waiting for a second editor, and
 * every step taken so far, oldest first. It decides nothing: it draws the steps it is given and fires
 * a {@link StepEvent} when one is confirmed.
 */
class WorkflowBar extends Div {

    final Button submit = new Button("Submit for review");
    final Button sendBack = new Button("Send back");
    final Button publish = new Button("Publish");
    final Button correct = new Button("Correct…");
    final Button retract = new Button("Retract…");
    final Button publishCorrection = new Button("Publish correction");
    final Span publishRefusal = new Span();

    private final Map<VerdictStep, Button> buttons = new EnumMap<>(Map.of(VerdictStep.SUBMIT, submit,
            VerdictStep.SEND_BACK, sendBack, VerdictStep.PUBLISH, publish, VerdictStep.CORRECT, correct,
            VerdictStep.RETRACT, retract, VerdictStep.PUBLISH_CORRECTION, publishCorrection));
    private final List<Rating> ratings;
    private Verdict verdict;

    WorkflowBar(List<Rating> ratings) {
        this.ratings = ratings;
        addClassName("verdict-workflow");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        retract.addThemeVariants(ButtonVariant.LUMO_ERROR);
        publishRefusal.addClassName("step-refusal");
        submit.addClickListener(click -> confirm(VerdictStep.SUBMIT, "Submit for review", "Submit for review", false));
        sendBack.addClickListener(click -> confirm(VerdictStep.SEND_BACK, "Send back to draft", "Send back", false));
        publish.addClickListener(click -> confirm(VerdictStep.PUBLISH, "Publish this verdict", "Publish", false));
        correct.addClickListener(click -> openCorrection());
        retract.addClickListener(click -> confirm(VerdictStep.RETRACT, "Retract this verdict", "Retract", true));
        publishCorrection.addClickListener(click -> take(new StepEvent(this, VerdictStep.PUBLISH_CORRECTION, null)));
    }

    void show(Verdict verdict, List<OfferedStep> offered, List<VerdictTransition> taken,
            Optional<VerdictCorrection> proposed) {
        this.verdict = verdict;
        buttons.values().forEach(button -> button.setVisible(false));
        for (OfferedStep step : offered) {
            buttons.get(step.step()).setVisible(true);
            buttons.get(step.step()).setEnabled(step.mayTake());
        }
        Optional<String> refusal = refusal(offered, VerdictStep.PUBLISH);
        publishRefusal.setText(refusal.orElse(""));
        publishRefusal.setVisible(refusal.isPresent());
        HorizontalLayout actions = new HorizontalLayout(submit, sendBack, publish, correct, retract, publishRefusal);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        removeAll();
        add(new H3("Workflow"), actions);
        proposed.ifPresent(correction -> add(proposedCorrection(correction, refusal(offered, VerdictStep.PUBLISH_CORRECTION))));
        add(timeline(taken));
        if (!verdict.isEditable()) {
            add(new Paragraph("A published verdict is changed only by a correction, which readers see with its note."));
        }
    }

    Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    private static Optional<String> refusal(List<OfferedStep> offered, VerdictStep step) {
        return offered.stream().filter(offer -> offer.step() == step).findFirst().flatMap(OfferedStep::refusal);
    }

    private static Div timeline(List<VerdictTransition> taken) {
        Div timeline = new Div();
        timeline.addClassName("timeline");
        for (VerdictTransition step : taken) {
            Div entry = new Div(new Span(step.step()), new Span(" · " + step.getMadeBy() + " · " + Labels.of(step.getMadeAt())));
            entry.addClassName("timeline-entry");
            if (step.getComment() != null) {
                Div comment = new Div(step.getComment());
                comment.addClassName("timeline-comment");
                entry.add(comment);
            }
            timeline.add(entry);
        }
        return timeline;
    }

    /** A correction waiting for a second editor: what it changes, and the button for that editor. */
    private Div proposedCorrection(VerdictCorrection proposed, Optional<String> refusal) {
        Div box = new Div(new Span("Correction proposed by " + proposed.getProposedBy() + ", "
                        + Labels.of(proposed.getProposedAt()) + " (readers see it once another editor publishes it): "
                        + proposed.getRating().getLabel()));
        if (proposed.getHeadline() != null && !proposed.getHeadline().equals(verdict.getHeadline())) {
            box.add(new Div("Headline: " + proposed.getHeadline()));
        }
        box.add(new Paragraph(proposed.getRationale()), new Div("Note: " + proposed.getPublicNote()), publishCorrection);
        if (publishCorrection.isVisible()) {
            refusal.ifPresent(reason -> box.add(new Span(reason)));
        }
        box.addClassName("proposed-correction");
        return box;
    }

    /** Asks for the step's note; the dialog stays open, with what was typed, when the step is refused. */
    private void confirm(VerdictStep step, String title, String confirmText, boolean publicNote) {
        new StepDialog(title, confirmText, publicNote, note -> take(new StepEvent(this, step, note))).open();
    }

    private void openCorrection() {
        Select<Rating> newRating = new Select<>();
        newRating.setLabel("Corrected rating");
        newRating.setItems(ratings);
        newRating.setItemLabelGenerator(Rating::getLabel);
        newRating.setValue(verdict.getRating());
        TextField newHeadline = new TextField("Corrected headline");
        newHeadline.setWidthFull();
        VerdictForm.headlineCounter(newHeadline, "The headline readers and search engines see from this version on: ");
        newHeadline.setValue(verdict.getHeadline() == null ? "" : verdict.getHeadline());
        TextArea newRationale = new TextArea("Corrected rationale");
        newRationale.setValue(verdict.getRationale());
        newRationale.setWidthFull();
        FormBinder.limit(newRationale, TextLimits.PROSE);
        new StepDialog("Propose a correction", "Propose correction", true,
                note -> take(new StepEvent(this, note, newRating.getValue(), newHeadline.getValue(), newRationale.getValue())),
                newRating, newHeadline, newRationale).open();
    }

    /** Fires the step; true when whoever took it says it was taken. */
    private boolean take(StepEvent step) {
        fireEvent(step);
        return step.taken;
    }

    /**
     * A step the reviewer confirmed, with its note (and for a correction, what the verdict should say
     * instead). The listener takes it and calls {@link #taken()} when it was.
     */
    static final class StepEvent extends ComponentEvent<WorkflowBar> {

        final VerdictStep step;
        final String note;
        final Rating rating;
        final String headline;
        final String rationale;
        private boolean taken;

        StepEvent(WorkflowBar source, VerdictStep step, String note) {
            this(source, step, note, null, null, null);
        }

        /** A correction. */
        StepEvent(WorkflowBar source, String note, Rating rating, String headline, String rationale) {
            this(source, VerdictStep.CORRECT, note, rating, headline, rationale);
        }

        private StepEvent(WorkflowBar source, VerdictStep step, String note, Rating rating, String headline,
                String rationale) {
            super(source, false);
            this.step = step;
            this.note = note;
            this.rating = rating;
            this.headline = headline;
            this.rationale = rationale;
        }

        void taken() {
            taken = true;
        }
    }
}
