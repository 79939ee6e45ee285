package org.factcheck.entity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.BooleanSupplier;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.entity.EntityFilter;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntitySummary;
import org.factcheck.entity.NamedEntity;

/**
 * Merges another record of the same real-world entity into the one on the page, after saying
 * exactly what will happen to it.
 */
class MergeDuplicate extends Div {

    final ComboBox<EntitySummary> duplicate = new ComboBox<>("Duplicate to merge into this entity");
    final Button merge = new Button("Merge…", click -> confirm());

    private final EntityService entities;
    private final BooleanSupplier unsaved;
    private final Runnable merged;
    private NamedEntity survivor;

    MergeDuplicate(EntityService entities, BooleanSupplier unsaved, Runnable merged) {
        this.entities = entities;
        this.unsaved = unsaved;
        this.merged = merged;
        duplicate.setItemsPageable((page, text) -> entities.list(new EntityFilter(null, text), page));
        duplicate.setItemLabelGenerator(summary -> summary.name() + " (" + Labels.of(summary.type()) + ")");
        duplicate.setPlaceholder("Search names and aliases");
        duplicate.setWidthFull();
        duplicate.addValueChangeListener(change -> duplicate.setInvalid(false));
        HorizontalLayout form = new HorizontalLayout(duplicate, merge);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        add(new Paragraph("Two records for one person, organisation or place? Merge the duplicate into this one: "
                + "its aliases and the claims that mention it or quote it move here, its name becomes an alias, "
                + "and the duplicate is deleted. Its history stays."), form);
    }

    void mergeInto(NamedEntity survivor) {
        this.survivor = survivor;
        duplicate.clear();
    }

    private void confirm() {
        EntitySummary chosen = duplicate.getValue();
        if (chosen == null) {
            refuse("Choose the duplicate first");
        } else if (chosen.id() == survivor.getId()) {
            refuse("This is the entity on the page: choose another one");
        } else if (unsaved.getAsBoolean()) {
            Saving.notify("Save or discard your changes to this entity before merging.", NotificationVariant.LUMO_WARNING);
        } else {
            ConfirmDialog dialog = new ConfirmDialog("Merge “" + chosen.name() + "” into “" + survivor.getName() + "”?",
                    "Its aliases and every claim that mentions it or quotes it move to “" + survivor.getName()
                            + "”, and “" + chosen.name() + "” becomes one of its aliases. Then “" + chosen.name()
                            + "” is deleted; its history stays.",
                    "Merge", confirmed -> merge(chosen));
            dialog.setCancelable(true);
            dialog.open();
        }
    }

    private void merge(EntitySummary chosen) {
        Runnable changedMeanwhile = () -> {
            Saving.notify("Someone changed one of the two entities just now. Check them and merge again.",
                    NotificationVariant.LUMO_WARNING);
            merged.run();
        };
        Saving.attempt(() -> entities.merge(survivor.getId(), chosen.id()), changedMeanwhile)
                .ifPresent(result -> merged.run());
    }

    private void refuse(String message) {
        duplicate.setErrorMessage(message);
        duplicate.setInvalid(true);
    }
}
