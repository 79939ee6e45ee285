package org.factcheck.entity.ui;

import com.vaadin.flow.component.select.Select;
import org.factcheck.base.ui.Labels;
import org.factcheck.entity.EntityType;

/** The choice of entity type, as the list's filter and the entity form both offer it. */
final class EntityTypes {

    private EntityTypes() {
    }

    static Select<EntityType> select(String label) {
        Select<EntityType> select = new Select<>();
        select.setLabel(label);
        select.setItems(EntityType.values());
        select.setItemLabelGenerator(Labels::of);
        return select;
    }
}
