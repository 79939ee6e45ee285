package org.factcheck.entity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.LookalikeEntity;

/**
 * Beside a field where a reviewer types a new name or alias: the existing entities spelled alike
 * ("Looks like Mustafa al-Kadhimi (alias ‘Al-Kazemi’, 100%)"), each linking to its page, where the
 * spelling can be added or the duplicate merged, so the desk does not end up with two records of one person.
 */
class LookalikeHint extends Div {

    private final EntityService entities;

    LookalikeHint(EntityService entities) {
        this.entities = entities;
        addClassName("lookalikes");
    }

    /** Shows the entities spelled like this, leaving out {@code except} (the entity being edited; null for none). */
    void show(String spelling, Long except) {
        removeAll();
        for (LookalikeEntity alike : entities.lookalikes(spelling, except)) {
            String closest = alike.closestSpelling().equalsIgnoreCase(alike.name()) ? ""
                    : "alias ‘" + alike.closestSpelling() + "’, ";
            Div line = new Div(new Span("Looks like "), new Anchor(EntityView.pathOf(alike.id()), alike.name()),
                    new Span(" (" + closest + Math.round(alike.similarity() * 100) + "%)"));
            line.addClassName("lookalike");
            add(line);
        }
    }

    void clear() {
        removeAll();
    }
}
