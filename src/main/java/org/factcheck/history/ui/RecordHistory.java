package org.factcheck.history.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Supplier;
import org.factcheck.base.ui.Labels;
import org.factcheck.history.FieldChange;
import org.factcheck.history.HistoryScope;
import org.factcheck.history.HistoryService;
import org.factcheck.history.RecordRevision;

/**
 * The history of a record, or of a record with everything that belongs to it: every revision
 * (when, who, why, what kind of change), and for a chosen revision what changed field by field,
 * old → new, compared with the record's revision before it or with any other of its revisions.
 */
public class RecordHistory extends Div {

    /** Asks every history on a screen to read its revisions again. */
    private static final class Changed extends ComponentEvent<UI> {

        Changed(UI ui) {
            super(ui, false);
        }
    }

    /** Longer values are cut in the comparison; a source's full text would drown everything else. */
    private static final int SHOWN_LENGTH = 600;
    private static final String BEFORE_IT_EXISTED = "(before it existed)";

    final Grid<RecordRevision> revisions = new Grid<>();
    final Select<RecordRevision> from = new Select<>();
    final Select<RecordRevision> to = new Select<>();
    final Grid<FieldChange> changes = new Grid<>();

    private final HistoryService history;
    private final Supplier<List<HistoryScope>> scopes;
    private final Div comparison = new Div();
    private List<RecordRevision> all;
    private Registration listening;

    /** @param scopes the records whose history to show; asked again whenever the history is read again */
    public RecordHistory(HistoryService history, Supplier<List<HistoryScope>> scopes) {
        this.history = history;
        this.scopes = scopes;
        addClassName("record-history");
        revisions.addColumn(RecordRevision::revision).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(revision -> Labels.of(revision.revisedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(RecordRevision::reviewer).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(RecordRevision::record).setHeader("Record").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(revision -> Labels.of(revision.change())).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(RecordRevision::reason).setHeader("Reason").setFlexGrow(1);
        revisions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        revisions.setAllRowsVisible(true);
        revisions.addSelectionListener(selected -> selected.getFirstSelectedItem().ifPresent(this::compareWithPrevious));

        from.setLabel("Compare");
        from.setEmptySelectionAllowed(true);
        from.setEmptySelectionCaption(BEFORE_IT_EXISTED);
        from.setItemLabelGenerator(RecordHistory::describe);
        to.setLabel("with");
        from.setWidth("24em");
        to.setWidth("24em");
        to.setItemLabelGenerator(RecordHistory::describe);
        from.addValueChangeListener(change -> showChanges());
        to.addValueChangeListener(change -> showChanges());
        changes.addColumn(FieldChange::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(change -> shortened(change.before())).setHeader("Before").setFlexGrow(1);
        changes.addColumn(change -> shortened(change.after())).setHeader("After").setFlexGrow(1);
        changes.setPartNameGenerator(change -> "changed-field");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAllRowsVisible(true);
        changes.setEmptyStateText("No field differs between these two revisions.");
        HorizontalLayout choice = new HorizontalLayout(from, to);
        choice.setWrap(true);
        comparison.add(choice, changes);
        comparison.addClassName("history-comparison");
        comparison.setVisible(false);

        add(new H3("History"), new Paragraph("Every change, newest first. Choose one to see what it changed, field by field."),
                revisions, comparison);
        read();
    }

    /**
     * Tells every history on the current screen that records changed, for a view that changed them
     * without rebuilding its page (the verdict's workflow steps).
     */
    public static void recordsChanged() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        listening = ComponentUtil.addListener(attach.getUI(), Changed.class, changed -> read());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        listening.remove();
    }

    private void read() {
        all = history.revisions(scopes.get());
        revisions.setItems(all);
        comparison.setVisible(false);
    }

    /** Shows what the chosen revision changed: its record as it was just before, against it. */
    private void compareWithPrevious(RecordRevision chosen) {
        List<RecordRevision> ofRecord = all.stream().filter(chosen::isOf).toList().reversed();
        from.setItems(ofRecord);
        to.setItems(ofRecord);
        int at = ofRecord.indexOf(chosen);
        from.setValue(at == 0 ? null : ofRecord.get(at - 1));
        to.setValue(chosen);
        comparison.setVisible(true);
        showChanges();
    }

    private void showChanges() {
        RecordRevision after = to.getValue();
        if (after == null) {
            return;
        }
        RecordRevision before = from.getValue();
        changes.setItems(history.compare(after.type(), after.recordId(), before == null ? null : before.revision(),
                after.revision()));
    }

    private static String describe(RecordRevision revision) {
        if (revision == null) {
            return BEFORE_IT_EXISTED;
        }
        return "Revision " + revision.revision() + " · " + revision.reviewer() + " · " + Labels.of(revision.revisedAt());
    }

    private static String shortened(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= SHOWN_LENGTH) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, SHOWN_LENGTH)) + " … (" + length + " characters in all)";
    }
}
