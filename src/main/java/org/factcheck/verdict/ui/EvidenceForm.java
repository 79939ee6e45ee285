package org.factcheck.verdict.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.source.SourceFilter;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceSummary;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Stance;

/**
 * One item of evidence: its stance, its citation (a source in the database, or a web page) and the
 * quote. What is missing is said next to its field, and the dialog stays open until the item is saved;
 * Escape or Cancel with changes asks first.
 */
class EvidenceForm extends Dialog {

    static final String IN_DATABASE = "A source in the database";
    static final String WEB_PAGE = "A web page";

    final Select<Stance> stance = new Select<>();
    final RadioButtonGroup<String> cites = new RadioButtonGroup<>("Cites");
    final ComboBox<SourceSummary> source = new ComboBox<>("Source");
    final TextField url = new TextField("Web address");
    final TextField title = new TextField("Title");
    final TextField publisher = new TextField("Publisher");
    final DatePicker publishedOn = new DatePicker("Published");
    final DatePicker accessedOn = new DatePicker("Accessed");
    final TextArea quote = new TextArea("Relevant quote");
    final Button save = new Button("Save evidence");

    private final FormBinder<Evidence> binder = new FormBinder<>(Evidence.class);

    EvidenceForm(SourceService sources, Evidence item, Predicate<Evidence> onSave) {
        setHeaderTitle(item.isNew() ? "Add evidence" : "Edit evidence");
        setWidth("min(720px, 95vw)");
        stance.setLabel("Stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Labels::of);
        cites.setItems(IN_DATABASE, WEB_PAGE);
        source.setItemLabelGenerator(SourceSummary::title);
        source.setItemsPageable((page, filterText) -> sources.list(new SourceFilter(filterText, null, null, null, null), page));
        quote.setWidthFull();
        binder.forField(source).bind(evidence -> evidence.getSource() == null ? null
                        : sources.summary(evidence.getSource().getId()).orElse(null),
                (evidence, summary) -> evidence.setSource(summary == null ? null : sources.find(summary.id()).orElse(null)));
        binder.bindInstanceFields(this);
        binder.readBean(item);
        cites.addValueChangeListener(change -> showCitationFields(IN_DATABASE.equals(change.getValue())));
        cites.setValue(item.getSource() != null || item.isNew() && item.getUrl() == null ? IN_DATABASE : WEB_PAGE);

        FormLayout form = new FormLayout(stance, cites, source, url, title, publisher, publishedOn, accessedOn, quote);
        form.setColspan(source, 2);
        form.setColspan(url, 2);
        form.setColspan(title, 2);
        form.setColspan(quote, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            boolean inDatabase = IN_DATABASE.equals(cites.getValue());
            if (inDatabase) {
                url.clear();
                title.clear();
                publisher.clear();
            } else {
                source.clear();
            }
            // The citation's checks come after the binder's, which would clear their marks.
            boolean valid = binder.validate().isOk();
            boolean cited = inDatabase ? required(source, "Choose the source in the database this evidence cites.")
                    : required(url, "Enter the page's web address.") & required(title, "Enter the page's title.");
            // Closed only once saved: a refused save leaves everything typed in place.
            if (valid && cited && binder.writeBeanIfValid(item) && onSave.test(item)) {
                UnsavedChanges.browserWarning(false);
                close();
            }
        });
        Runnable cancel = UnsavedChanges.askBeforeClosing(this, binder::hasChanges, () -> { });
        getFooter().add(new Button("Cancel", click -> cancel.run()), save);
    }

    /** Marks the field when it is empty, with what to do; true when it has a value. */
    private static boolean required(HasValue<?, ?> field, String message) {
        boolean empty = field.isEmpty();
        ((HasValidation) field).setErrorMessage(empty ? message : null);
        ((HasValidation) field).setInvalid(empty);
        return !empty;
    }

    private void showCitationFields(boolean inDatabase) {
        source.setVisible(inDatabase);
        url.setVisible(!inDatabase);
        title.setVisible(!inDatabase);
        publisher.setVisible(!inDatabase);
        publishedOn.setVisible(!inDatabase);
        accessedOn.setVisible(!inDatabase);
    }
}
