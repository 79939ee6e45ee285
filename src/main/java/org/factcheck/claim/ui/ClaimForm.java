package org.factcheck.claim.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.SpringData.FetchCallback;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factcheck.account.Reviewer;
import org.factcheck.base.ui.DueDateMark;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.Overdue;
import org.factcheck.entity.NamedEntity;
import org.springframework.data.domain.Pageable;

/**
 * The claim's own fields and its Save button. Saving writes the fields into the claim and fires a
 * {@link SaveEvent} once they are valid, and, when the claim is now dated before the earliest
 * source it appears in, once the reviewer keeps that date; storing it is the page's business.
 */
class ClaimForm extends Div {

    final TextArea text = new TextArea("Claim");
    final ComboBox<NamedEntity> claimant = new ComboBox<>("Claimant");
    final DatePicker claimDate = new DatePicker("Claim date");
    final DatePicker dueDate = new DatePicker("Due date");
    final Select<CheckWorthiness> checkWorthiness = new Select<>();
    final Select<ClaimStatus> status = new Select<>();
    final ComboBox<Reviewer> assignee = new ComboBox<>("Assigned to");
    final MultiSelectComboBox<NamedEntity> mentions = new MultiSelectComboBox<>("Entities mentioned");
    final TextArea note = new TextArea("Internal note");
    final Button save = new Button("Save claim");

    private final FormBinder<Claim> binder = new FormBinder<>(Claim.class);
    private Claim claim;

    /** {@code entities} finds the entities a claimant or mention can be; {@code assignable} who may be assigned. */
    ClaimForm(FetchCallback<Pageable, NamedEntity> entities, List<Reviewer> assignable) {
        addClassName("claim-form");
        text.setWidthFull();
        text.getElement().setAttribute("dir", "auto");
        claimant.setItemLabelGenerator(NamedEntity::getName);
        claimant.setItemsPageable(entities);
        claimant.setClearButtonVisible(true);
        checkWorthiness.setLabel("Check-worthiness");
        checkWorthiness.setItems(CheckWorthiness.values());
        checkWorthiness.setItemLabelGenerator(Labels::of);
        status.setLabel("Status");
        status.setItemLabelGenerator(Labels::of);
        assignee.setItemLabelGenerator(Reviewer::getDisplayName);
        assignee.setItems(assignable);
        assignee.setClearButtonVisible(true);
        mentions.setItemLabelGenerator(NamedEntity::getName);
        mentions.setItemsPageable(entities);
        note.setHelperText("For the desk only: never published.");
        // A day already past is allowed (the claim is then simply overdue), but said plainly.
        dueDate.setClearButtonVisible(true);
        dueDate.addValueChangeListener(change -> markOverdue());
        binder.forField(mentions).bind(claimToEdit -> new LinkedHashSet<>(claimToEdit.getMentions()), Claim::setMentions);
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(change -> UnsavedChanges.browserWarning(binder.hasChanges()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        FormLayout form = new FormLayout(text, claimant, claimDate, checkWorthiness, status, assignee, dueDate, mentions, note);
        form.setColspan(text, 2);
        form.setColspan(mentions, 2);
        form.setColspan(note, 2);
        add(form, save);
    }

    /** Shows this claim's fields, to be written into it on saving. */
    void edit(Claim claim) {
        this.claim = claim;
        // With a verdict the status is the verdict's (the database keeps it); without, the desk sets it.
        boolean followsVerdict = claim.getStatus().followsVerdict();
        status.setItems(followsVerdict ? List.of(claim.getStatus()) : ClaimStatus.setByHand());
        status.setReadOnly(followsVerdict);
        status.setHelperText(followsVerdict ? "Follows the claim's verdict." : null);
        binder.readBean(claim);
        markOverdue();
    }

    /** Says beside the due date when it is past and the claim's work is not finished. */
    private void markOverdue() {
        boolean overdue = claim != null && Overdue.isOverdue(dueDate.getValue(), claim.getStatus());
        dueDate.setHelperText(overdue ? DueDateMark.OVERDUE + ": the due date is past and the claim is not finished." : null);
        if (overdue) {
            dueDate.addClassName("overdue");
        } else {
            dueDate.removeClassName("overdue");
        }
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void save() {
        LocalDate savedDate = claim.getClaimDate();
        if (!binder.writeBeanIfValid(claim)) {
            return;
        }
        Optional<LocalDate> earliestSource = claim.earliestSourceDateAfterClaimDate();
        if (earliestSource.isPresent() && !claim.getClaimDate().equals(savedDate)) {
            ConfirmDialog question = new ConfirmDialog("Dated before its sources?",
                    "The claim is dated " + claim.getClaimDate() + ", but the earliest source it appears in was published "
                            + earliestSource.get() + ". Keep this date?",
                    "Keep " + claim.getClaimDate(), keep -> fireEvent(new SaveEvent(this, claim)),
                    "Change the date", change -> claimDate.focus());
            question.addClassName("claim-date-question");
            question.open();
            return;
        }
        fireEvent(new SaveEvent(this, claim));
    }

    /** The claim's fields by their labels, as a reviewer compares two versions of it. */
    static Map<String, String> describe(Claim claim) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Claim", claim.getText());
        fields.put("Claimant", claim.getClaimant() == null ? "" : claim.getClaimant().getName());
        fields.put("Claim date", Objects.toString(claim.getClaimDate(), ""));
        fields.put("Check-worthiness", Labels.of(claim.getCheckWorthiness()));
        fields.put("Status", Labels.of(claim.getStatus()));
        fields.put("Assigned to", claim.getAssignee() == null ? "" : claim.getAssignee().getDisplayName());
        fields.put("Due date", Objects.toString(claim.getDueDate(), ""));
        fields.put("Entities mentioned", claim.getMentions().stream().map(NamedEntity::getName).sorted()
                .collect(Collectors.joining(", ")));
        fields.put("Internal note", Objects.toString(claim.getNote(), ""));
        return fields;
    }

    /** The reviewer saved: the claim holds the form's valid fields. */
    static final class SaveEvent extends ComponentEvent<ClaimForm> {

        private final Claim claim;

        SaveEvent(ClaimForm source, Claim claim) {
            super(source, false);
            this.claim = claim;
        }

        Claim claim() {
            return claim;
        }
    }
}
