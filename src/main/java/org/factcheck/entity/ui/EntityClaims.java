package org.factcheck.entity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.factcheck.entity.EntityMentions;
import org.factcheck.entity.EntityMentions.MentioningClaim;

/** The latest changed claims that name an entity; the claims grid, filtered by the entity, has them all. */
class EntityClaims extends Section {

    static final int SHOWN = 50;

    private final EntityMentions mentions;

    EntityClaims(EntityMentions mentions) {
        this.mentions = mentions;
    }

    void show(long entityId) {
        EntityMentions.Mentions found = mentions.claimsMentioning(entityId, SHOWN);
        removeAll();
        add(EntityView.heading("Claims (" + found.count() + ")"));
        if (found.first().isEmpty()) {
            add(new Paragraph("No claim mentions this entity yet."));
        }
        found.first().forEach(claim -> add(line(claim)));
        if (found.first().size() == SHOWN) {
            add(new Anchor("claims?entity=" + entityId, "All of them in the claims grid, to sort and filter"));
        }
    }

    /** Links to the claim's page; the badge tells whether the entity made the claim or is only mentioned. */
    private static Div line(MentioningClaim claim) {
        Span role = new Span(claim.claimant() ? "Claimant" : "Mentioned");
        role.getElement().setAttribute("theme", claim.claimant() ? "badge success small" : "badge contrast small");
        Div line = new Div(role, new Anchor("claims/" + claim.claimId(), claim.text()));
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Padding.Vertical.XSMALL);
        return line;
    }
}
