package org.factcheck.verdict.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.TextLimits;

/**
 * Confirms a step of the verdict workflow with a note: an optional comment for the desk, or a
 * public note readers will see (a correction or a retraction). Stays open when the step is refused,
 * so nothing typed is lost; the refusal itself is shown by whoever takes the step.
 */
class StepDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button confirm;

    /**
     * @param step takes the step with the note; true when it was taken
     * @param fields what else the step needs, shown above the note (a correction's new rating)
     */
    StepDialog(String title, String confirmText, boolean publicNote, Predicate<String> step, Component... fields) {
        setHeaderTitle(title);
        setWidth("min(640px, 95vw)");
        note.setWidthFull();
        FormBinder.limit(note, TextLimits.PROSE);
        note.setMinHeight("6em");
        if (publicNote) {
            note.setLabel("Public note");
            note.setRequiredIndicatorVisible(true);
            note.setHelperText("Published with the verdict: readers see what changed and why.");
        } else {
            note.setLabel("Comment (optional)");
            note.setHelperText("For the desk: shown in the verdict's workflow.");
        }
        VerticalLayout content = new VerticalLayout(fields);
        content.add(note);
        content.setPadding(false);
        add(content);
        confirm = new Button(confirmText, click -> {
            if (step.test(note.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
