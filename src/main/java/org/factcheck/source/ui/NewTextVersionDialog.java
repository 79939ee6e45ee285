package org.factcheck.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.TextLimits;
import org.factcheck.source.Source;
import org.factcheck.source.SourceService;

/**
 * Replaces a source's text with a new version, such as the outlet's corrected article: the old
 * text is kept, with the reason, and every claim anchored in the text is checked again.
 */
class NewTextVersionDialog extends Dialog {

    final TextArea newText = new TextArea("New text, exactly as received");
    final TextArea reason = new TextArea("Why the text changes");
    final Button save = new Button("Save new text version");

    NewTextVersionDialog(SourceService sources, Source source, Consumer<Source> onReplaced) {
        setHeaderTitle("New text version");
        setWidth("min(900px, 95vw)");
        setCloseOnOutsideClick(false);
        newText.setValue(source.getFullText());
        newText.setWidthFull();
        newText.setHeight("50vh");
        newText.getElement().setAttribute("dir", "auto");
        reason.setWidthFull();
        FormBinder.limit(reason, TextLimits.PROSE);
        FormBinder.limit(newText, TextLimits.FULL_TEXT);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("For example: the outlet corrected its article. Kept with the old text.");
        add(new Paragraph("The current text is kept as an earlier version. Claims anchored in it move to their quote "
                + "where it occurs exactly once in the new text; the others are flagged “anchor broken”."), newText, reason);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> Saving.attempt(() -> sources.replaceText(source.getId(), newText.getValue(),
                reason.getValue()), () -> { }).ifPresent(replaced -> {
                    close();
                    onReplaced.accept(replaced);
                }));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
