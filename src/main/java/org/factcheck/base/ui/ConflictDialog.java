package org.factcheck.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells a reviewer that someone else saved the record they are editing, and lets them reload the
 * saved version or compare it with theirs, field by field. Nothing is overwritten silently.
 */
public class ConflictDialog extends Dialog {

    /** One field as the reviewer has it and as it is now saved. */
    public record FieldVersions(String field, String yours, String saved) {

        boolean differs() {
            return !Objects.equals(yours, saved);
        }
    }

    private final Grid<FieldVersions> comparison = new Grid<>();

    /**
     * @param recordName what is being edited, in the reviewer's words ("this claim")
     * @param savedBy    who saved the version now in the database
     * @param yours      the reviewer's values, by field label
     * @param saved      the saved values, by field label
     * @param reload     discards the reviewer's changes and shows the saved version
     */
    public ConflictDialog(String recordName, String savedBy, Map<String, String> yours, Map<String, String> saved,
            Runnable reload) {
        setHeaderTitle("Someone else changed " + recordName);
        setWidth("min(900px, 95vw)");
        add(new Paragraph(savedBy + " saved " + recordName + " while you were editing it. Your changes are not saved. "
                + "Reload to see their version, or compare the two and copy what you need before reloading."));
        comparison.addColumn(FieldVersions::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        comparison.addColumn(FieldVersions::yours).setHeader("Your version").setFlexGrow(1);
        comparison.addColumn(FieldVersions::saved).setHeader("Saved version").setFlexGrow(1);
        comparison.setPartNameGenerator(row -> row.differs() ? "changed-field" : null);
        comparison.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        comparison.setItems(versions(yours, saved));
        comparison.setAllRowsVisible(true);
        comparison.setVisible(false);
        add(comparison);

        Button compare = new Button("Compare versions", click -> comparison.setVisible(true));
        Button reloadButton = new Button("Reload saved version", click -> {
            close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keepEditing = new Button("Keep my changes on screen", click -> close());
        getFooter().add(keepEditing, compare, reloadButton);
    }

    private static List<FieldVersions> versions(Map<String, String> yours, Map<String, String> saved) {
        Map<String, FieldVersions> byField = new LinkedHashMap<>();
        yours.forEach((field, value) -> byField.put(field, new FieldVersions(field, value, saved.get(field))));
        saved.forEach((field, value) -> byField.putIfAbsent(field, new FieldVersions(field, null, value)));
        return new ArrayList<>(byField.values());
    }
}
