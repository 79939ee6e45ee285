package org.factcheck.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Saving;
import org.factcheck.importing.CandidateClaim;
import org.factcheck.importing.ImportService;
import org.factcheck.base.TextLimits;

/**
 * Accepts a candidate after the reviewer narrowed its quote (words taken off either end of the
 * sentence) and rephrased the claim; the claim is anchored at exactly the narrowed quote.
 */
class AcceptCandidateDialog extends Dialog {

    final TextArea quote = new TextArea("Quote: the words of the sentence that make the claim");
    final TextArea claimText = new TextArea("Claim, as a checkable statement");
    final Button accept = new Button("Accept");

    AcceptCandidateDialog(ImportService imports, CandidateClaim candidate, Runnable onDecided) {
        setHeaderTitle("Accept a candidate claim");
        setWidth("min(640px, 95vw)");
        String sentence = candidate.getSentence();
        quote.setValue(sentence);
        quote.setWidthFull();
        FormBinder.limit(quote, TextLimits.QUOTE);
        quote.setHelperText("Take words off the start or the end if only part of the sentence is the claim.");
        quote.getElement().setAttribute("dir", "auto");
        claimText.setValue(sentence);
        claimText.setWidthFull();
        FormBinder.limit(claimText, TextLimits.CLAIM);
        claimText.setHelperText("Rephrase it so it can be checked: who says what, about whom, when.");
        add(quote, claimText);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> {
            int index = quote.getValue().isBlank() ? -1 : sentence.indexOf(quote.getValue());
            if (index < 0) {
                quote.setErrorMessage("The quote must be a part of the sentence exactly as it stands.");
                quote.setInvalid(true);
                return;
            }
            int start = candidate.getStartOffset() + sentence.codePointCount(0, index);
            int end = start + quote.getValue().codePointCount(0, quote.getValue().length());
            Saving.attempt(() -> imports.accept(candidate.getId(), start, end, claimText.getValue()), () -> { })
                    .ifPresent(claim -> {
                        close();
                        onDecided.run();
                    });
        });
        getFooter().add(new Button("Cancel", click -> close()), accept);
    }
}
