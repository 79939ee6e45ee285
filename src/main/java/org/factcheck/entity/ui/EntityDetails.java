package org.factcheck.entity.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Labels;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;

/**
 * An entity's type, name, description and Wikidata item, with the entities whose names look like
 * the one typed. Each edit the reviewer makes fires an {@link EditEvent}; the page saves.
 */
class EntityDetails extends FormLayout {

    final Select<EntityType> type = EntityTypes.select("Type");
    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final TextField wikidataId = new TextField("Wikidata item");
    final LookalikeHint nameLookalikes;

    private final FormBinder<NamedEntity> binder = new FormBinder<>(NamedEntity.class);
    private NamedEntity entity;

    EntityDetails(LookalikeHint nameLookalikes) {
        this.nameLookalikes = nameLookalikes;
        binder.forField(type).bind("type");
        binder.forField(name).bind("name");
        name.setRequiredIndicatorVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                nameLookalikes.show(change.getValue(), entity.getId());
            }
        });
        binder.forField(description).withNullRepresentation("").bind("description");
        wikidataId.setHelperText("Its id on wikidata.org, such as Q61053: published so others can tell who is meant");
        binder.forField(wikidataId).withNullRepresentation("").bind("wikidataId");
        binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                fireEvent(new EditEvent(this));
            }
        });
        add(type, name, nameLookalikes, description, wikidataId);
        setColspan(nameLookalikes, 2);
        setColspan(description, 2);
        description.setMinRows(3);
    }

    /** Shows this entity's details, to be written into it by {@link #writeIfValid()}. */
    void edit(NamedEntity entity) {
        this.entity = entity;
        binder.readBean(entity);
        nameLookalikes.clear();
    }

    /** Writes the details into the entity if they are valid; otherwise says what is wrong next to each field. */
    boolean writeIfValid() {
        return binder.writeBeanIfValid(entity);
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    /** The entity's details and aliases by their labels, as a reviewer compares two versions of it. */
    static Map<String, String> describe(NamedEntity entity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", Labels.of(entity.getType()));
        fields.put("Name", entity.getName());
        fields.put("Description", entity.getDescription());
        fields.put("Aliases", entity.getAliases().stream()
                .map(alias -> alias.getLanguage() == null ? alias.getName() : alias.getName() + " (" + alias.getLanguage() + ")")
                .collect(Collectors.joining(", ")));
        return fields;
    }

    /** The reviewer changed a detail: the page has unsaved changes. */
    static final class EditEvent extends ComponentEvent<EntityDetails> {

        EditEvent(EntityDetails source) {
            super(source, true);
        }
    }
}
