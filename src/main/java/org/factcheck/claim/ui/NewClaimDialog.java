package org.factcheck.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Saving;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.QuoteAnchor;
import org.factcheck.base.TextLimits;
import org.factcheck.source.Source;

/** Turns a selection in the reader into a claim whose appearance is anchored at exactly that quote. */
class NewClaimDialog extends Dialog {

    final TextArea claimText = new TextArea("Claim, as a checkable statement");
    final Select<CheckWorthiness> checkWorthiness = new Select<>();
    final Button create = new Button("Create claim");

    NewClaimDialog(ClaimService claims, Source source, int start, int end) {
        QuoteAnchor anchor = QuoteAnchor.between(source.getFullText(), start, end);
        setHeaderTitle("New claim from selection");
        setWidth("min(640px, 95vw)");
        Div quote = new Div(anchor.quote());
        quote.getElement().setAttribute("dir", "auto");
        quote.addClassName("selected-quote");
        claimText.setValue(anchor.quote().strip());
        claimText.setWidthFull();
        FormBinder.limit(claimText, TextLimits.CLAIM);
        claimText.setHelperText("Rephrase it so it can be checked: who says what, about whom, when.");
        checkWorthiness.setLabel("Check-worthiness");
        checkWorthiness.setItems(CheckWorthiness.values());
        checkWorthiness.setValue(CheckWorthiness.MEDIUM);
        add(quote, claimText, checkWorthiness);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (claimText.getValue().isBlank()) {
                claimText.setInvalid(true);
                claimText.setErrorMessage("Write the claim, or keep the quote as it is.");
                return;
            }
            Saving.attempt(() -> claims.createFromSelection(source.getId(), start, end, claimText.getValue(),
                    checkWorthiness.getValue()), () -> { }).ifPresent(claim -> {
                        close();
                        getUI().ifPresent(ui -> ui.navigate("claims/" + claim.getId()));
                    });
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
    }
}
