package org.factcheck.entity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.entity.Alias;
import org.factcheck.entity.NamedEntity;

/**
 * The spellings of the entity on the page: a list to remove from and a small form to add to. Changes
 * stay on the page until the entity is saved, so one save (and one conflict check) covers them all.
 */
class AliasEditor extends Div {

    final Grid<Alias> aliases = new Grid<>();
    final TextField spelling = new TextField("New spelling");
    final TextField language = new TextField("Language");
    final Button add = new Button("Add alias", VaadinIcon.PLUS.create(), click -> add());

    private final FormBinder<Alias> binder = new FormBinder<>(Alias.class);
    private final Runnable changed;
    private final LookalikeHint lookalikes;
    private NamedEntity entity;
    private Alias draft;

    AliasEditor(Runnable changed, LookalikeHint lookalikes) {
        this.changed = changed;
        this.lookalikes = lookalikes;
        aliases.addColumn(Alias::getName).setHeader("Spelling").setFlexGrow(1);
        aliases.addColumn(alias -> alias.getLanguage() == null ? "—" : alias.getLanguage()).setHeader("Language")
                .setAutoWidth(true).setFlexGrow(0);
        aliases.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        aliases.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        aliases.setAllRowsVisible(true);

        spelling.setPlaceholder("e.g. al-Kazimi");
        spelling.addKeyPressListener(Key.ENTER, enter -> add());
        // On change (leaving the field), not while typing: typing would also run the "already has that
        // spelling" check on every pause and announce its error before the reviewer has finished.
        spelling.addValueChangeListener(change -> lookalikes.show(change.getValue(), entity.getId()));
        language.setPlaceholder("en");
        language.setHelperText("Optional");
        language.setWidth("7em");
        binder.forField(spelling)
                .withConverter(String::strip, name -> name == null ? "" : name)
                .withValidator(name -> name.isEmpty() || !entity.hasAlias(name),
                        "This entity already has that spelling (letter case does not count)")
                .bind("name");
        binder.forField(language).withNullRepresentation("").bind("language");
        HorizontalLayout form = new HorizontalLayout(spelling, language, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setFlexGrow(1, spelling);
        form.setWidthFull();
        add(aliases, form, lookalikes);
    }

    /** Shows and edits the aliases of this entity, a detached copy the page saves as a whole. */
    void edit(NamedEntity entity) {
        this.entity = entity;
        aliases.setItems(entity.getAliases());
        newDraft();
    }

    private void add() {
        if (binder.writeBeanIfValid(draft)) {
            entity.addAlias(draft);
            aliases.setItems(entity.getAliases());
            newDraft();
            changed.run();
            spelling.focus();
        }
    }

    private Button removeButton(Alias alias) {
        Button remove = new Button("Remove", click -> {
            entity.removeAlias(alias);
            aliases.setItems(entity.getAliases());
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + alias.getName());
        return remove;
    }

    private void newDraft() {
        draft = new Alias();
        binder.readBean(draft);
    }
}
