package org.factcheck.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.factcheck.account.ReviewerService;
import org.factcheck.base.Refusal;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ui.ClaimPageSection.Place;
import org.factcheck.entity.EntityService;

/**
 * One claim: its heading and provenance, then its parts in the order {@link Place} names: the
 * claim's own fields, every appearance, the linked claims, and the sections other features add
 * (the verdict with its evidence, the history). The page only wires the parts' events to
 * {@link ClaimService} and shows the claim again after each change.
 */
@Route("claims/:id")
@PageTitle("Claim · Fact-check database")
@PermitAll
class ClaimView extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    final ClaimForm form;
    final AppearanceList appearances = new AppearanceList();
    final LinkedClaims linkedClaims;

    private final ClaimService claims;
    private final List<ClaimPageSection> sections;
    private final Optional<ClaimExports> exports;
    private Claim claim;

    ClaimView(ClaimService claims, EntityService entities, ReviewerService reviewers, List<ClaimPageSection> sections,
            Optional<ClaimExports> exports) {
        this.claims = claims;
        this.sections = sections;
        this.exports = exports;
        addClassName("claim-view");
        form = new ClaimForm((page, words) -> entities.findByNameOrAlias(words, page), reviewers.assignable());
        linkedClaims = new LinkedClaims((page, words) -> claims.list(ClaimFilter.withText(words), page));
        form.addSaveListener(save -> Saving.attempt(() -> claims.save(save.claim()), this::showConflict)
                .ifPresent(saved -> {
                    UnsavedChanges.browserWarning(false);
                    show(saved.getId());
                }));
        appearances.addRemoveListener(remove -> {
            claims.removeAppearance(claim.getId(), remove.appearance().getId());
            show(claim.getId());
        });
        linkedClaims.addLinkListener(link -> {
            try {
                claims.linkContradiction(claim.getId(), link.other().id(), link.note());
                render();
            } catch (Refusal refused) {
                linkedClaims.refuse(refused.getMessage());
            }
        });
        linkedClaims.addUnlinkListener(unlink -> {
            claims.unlink(unlink.link().linkId());
            render();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        claim = claims.findWithDetails(id).orElse(null);
        if (claim == null) {
            event.forwardTo(ClaimsView.class);
            return;
        }
        render();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(event, () -> form.hasChanges() || getChildren()
                .anyMatch(section -> section instanceof UnsavedChanges.Tracked tracked && tracked.hasUnsavedChanges()));
    }

    private void show(long claimId) {
        claim = claims.findWithDetails(claimId).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        form.edit(claim);
        appearances.show(claim.getAppearances());
        linkedClaims.show(claims.linkedClaims(claim.getId()));
        H2 title = new H2(claim.getText());
        title.addClassName("record-heading");
        title.getElement().setAttribute("title", claim.getText());
        title.getElement().setAttribute("dir", "auto");
        Span provenance = new Span("Created by " + claim.getCreatedBy() + ", " + Labels.of(claim.getCreatedAt())
                + " · last changed by " + claim.getUpdatedBy() + ", " + Labels.of(claim.getUpdatedAt()));
        provenance.addClassName("provenance");
        add(title, provenance);
        exports.ifPresent(export -> add(new Div(export.forClaim(claim))));
        List<Placed> parts = new ArrayList<>(List.of(new Placed(Place.CLAIM, form),
                new Placed(Place.APPEARANCES, appearances), new Placed(Place.LINKED_CLAIMS, linkedClaims)));
        sections.forEach(section -> parts.add(new Placed(section.place(), section.create(claim))));
        parts.stream().sorted(Comparator.comparing(Placed::place)).forEach(part -> add(part.component()));
    }

    private void showConflict() {
        Claim saved = claims.findWithDetails(claim.getId()).orElseThrow();
        new ConflictDialog("this claim", saved.getUpdatedBy(), ClaimForm.describe(claim), ClaimForm.describe(saved), () -> {
            claim = saved;
            UnsavedChanges.browserWarning(false);
            render();
        }).open();
    }

    /** A part of the page at its place. */
    private record Placed(Place place, Component component) {
    }
}
