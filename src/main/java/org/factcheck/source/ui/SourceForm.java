package org.factcheck.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.TextLimits;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.source.DatePrecision;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;

/**
 * Describes a source: a new one with its full text, or an existing one's title, outlet, date and
 * languages (its text never changes here). Messages appear next to the fields at fault.
 */
class SourceForm extends Dialog {

    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField author = new TextField("Author");
    final TextField url = new TextField("Web address");
    final DatePicker publishedOn = new DatePicker("Published");
    final Select<DatePrecision> publishedOnPrecision = new Select<>();
    final TextField language = new TextField("Language of the text");
    final TextField originalLanguage = new TextField("Original language");
    final TextArea documentText = new TextArea("Full text, exactly as received");
    final Button save = new Button("Save");

    private final FormBinder<Source> binder = new FormBinder<>(Source.class);
    private final SourceService sources;
    private final Consumer<Source> onSaved;
    private Source source;

    /** @param source the source to describe, or {@code null} for a new one */
    SourceForm(SourceService sources, Source source, Consumer<Source> onSaved, Runnable onCancelled) {
        this.sources = sources;
        this.source = source;
        this.onSaved = onSaved;
        setHeaderTitle(source == null ? "New source" : "Edit source details");
        setWidth("min(760px, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);

        publishedOnPrecision.setLabel("Date known to the");
        publishedOnPrecision.setItems(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR);
        publishedOnPrecision.setHelperText("day, or only month or year");
        language.setHelperText("ISO 639 code: en, ar, fa, ru …");
        originalLanguage.setHelperText("If the text is a translation");
        url.setHelperText("Optional; https://…");
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(title, outlet, author, url, publishedOn, publishedOnPrecision, language,
                originalLanguage);
        form.setColspan(title, 2);
        if (source == null) {
            documentText.setRequired(true);
            FormBinder.limit(documentText, TextLimits.FULL_TEXT);
            documentText.setMinHeight("12em");
            documentText.setWidthFull();
            form.add(documentText, 2);
            binder.readBean(null);
        } else {
            binder.readBean(source);
        }
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button("Cancel", click -> {
            if (hasChanges()) {
                new ConfirmDialog("Discard unsaved changes?", "Your changes to this source are not saved.",
                        "Discard", discard -> closeAndForget(onCancelled), "Keep editing", keep -> { }).open();
            } else {
                closeAndForget(onCancelled);
            }
        });
        getFooter().add(cancel, save);
        binder.addValueChangeListener(change -> UnsavedChanges.browserWarning(hasChanges()));
    }

    boolean hasChanges() {
        return binder.hasChanges() || !documentText.isEmpty();
    }

    private void save() {
        boolean textMissing = source == null && documentText.getValue().isBlank();
        documentText.setInvalid(textMissing);
        documentText.setErrorMessage(textMissing ? "Paste the full text of the source." : null);
        if (!binder.validate().isOk() || textMissing) {
            return;
        }
        Source target = source != null ? source
                : new Source(documentText.getValue(), SourceOrigin.MANUAL, CurrentReviewer.username());
        if (!binder.writeBeanIfValid(target)) {
            return;
        }
        Saving.attempt(() -> sources.save(target), this::showConflict).ifPresent(saved -> {
            UnsavedChanges.browserWarning(false);
            close();
            onSaved.accept(saved);
        });
    }

    private void showConflict() {
        Source saved = sources.find(source.getId()).orElseThrow();
        new ConflictDialog("this source", saved.getUpdatedBy(), describe(source), describe(saved), () -> {
            source = saved;
            binder.readBean(saved);
            UnsavedChanges.browserWarning(false);
        }).open();
    }

    private static Map<String, String> describe(Source source) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", source.getTitle());
        fields.put("Outlet", source.getOutlet());
        fields.put("Author", source.getAuthor());
        fields.put("Web address", source.getUrl());
        fields.put("Published", Objects.toString(source.getPublishedOn(), "") + " (" + source.getPublishedOnPrecision() + ")");
        fields.put("Language", source.getLanguage());
        fields.put("Original language", source.getOriginalLanguage());
        return fields;
    }

    private void closeAndForget(Runnable onCancelled) {
        UnsavedChanges.browserWarning(false);
        close();
        onCancelled.run();
    }
}
