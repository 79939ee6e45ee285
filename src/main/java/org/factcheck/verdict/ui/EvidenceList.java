package org.factcheck.verdict.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.factcheck.base.ui.Labels;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Verdict;

/**
 * A verdict's evidence: each item's stance, citation and quote, with edit and remove while the verdict
 * may still change. Fires {@link EditEvent} (a blank item to add one) and {@link RemoveEvent}.
 */
class EvidenceList extends Div {

    final Grid<Evidence> grid = new Grid<>();
    final Button add = new Button("Add evidence", VaadinIcon.PLUS.create());

    private boolean editable;

    EvidenceList() {
        addClassName("evidence-list");
        grid.addColumn(item -> Labels.of(item.getStance())).setHeader("Stance").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(EvidenceList::citation).setHeader("Citation").setFlexGrow(2);
        grid.addColumn(Evidence::getQuote).setHeader("Quote").setFlexGrow(3);
        grid.addComponentColumn(item -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> fireEvent(new EditEvent(this, item)));
            edit.setAriaLabel("Edit evidence");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> fireEvent(new RemoveEvent(this, item)));
            remove.setAriaLabel("Remove evidence");
            edit.setEnabled(editable);
            remove.setEnabled(editable);
            return new HorizontalLayout(edit, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add.addClickListener(click -> fireEvent(new EditEvent(this, Evidence.blank())));
        add(new H3("Evidence"), grid, add);
    }

    void show(Verdict verdict) {
        editable = verdict.isEditable();
        add.setVisible(editable);
        grid.setItems(verdict.getEvidence());
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    private static Component citation(Evidence item) {
        if (item.getSource() != null) {
            return new Anchor("sources/" + item.getSource().getId(), item.citation());
        }
        Anchor link = new Anchor(item.getUrl(), item.citation());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    /** An item to edit: a blank one to add. */
    static final class EditEvent extends ComponentEvent<EvidenceList> {

        final Evidence item;

        EditEvent(EvidenceList source, Evidence item) {
            super(source, false);
            this.item = item;
        }
    }

    static final class RemoveEvent extends ComponentEvent<EvidenceList> {

        final Evidence item;

        RemoveEvent(EvidenceList source, Evidence item) {
            super(source, false);
            this.item = item;
        }
    }
}
