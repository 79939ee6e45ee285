package org.factcheck.history.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
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

    /** Longer values are cut in the comparison; a source's full text would drown everything else. */
    private static final int SHOWN_LENGTH = 600;
    private static final String BEFORE_IT_EXISTED = "(before it existed)";

    final Grid<RecordRevision> revisions = new Grid<>();
    final Select<RecordRevision> from = new Select<>();
    final Select<RecordRevision> to = new Select<>();
    final Grid<FieldChange> changes = new Grid<>();

    private final HistoryService history;
    private final Div comparison = new Div();
    private List<RecordRevision> all;

    public RecordHistory(HistoryService history, List<HistoryScope> scopes) {
        this.history = history;
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

        all = history.revisions(scopes);
        revisions.setItems(all);
        add(new H3("History"), new Paragraph("Every change, newest first. Choose one to see what it changed, field by field."),
                revisions, comparison);
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
