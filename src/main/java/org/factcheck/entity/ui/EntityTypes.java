package org.factcheck.entity.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.factcheck.entity.EntityType;

/** Entity types as reviewers read them: "Organisation", not ORGANISATION. */
final class EntityTypes {

    private EntityTypes() {
    }

    static String label(EntityType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static Select<EntityType> select(String label) {
        Select<EntityType> select = new Select<>();
        select.setLabel(label);
        select.setItems(EntityType.values());
        select.setItemLabelGenerator(type -> type == null ? "" : label(type));
        return select;
    }
}
