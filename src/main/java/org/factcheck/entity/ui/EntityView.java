package org.factcheck.entity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.entity.Alias;
import org.factcheck.entity.EntityMentions;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.NamedEntity;
import org.factcheck.history.HistoryScope;
import org.factcheck.history.HistoryService;
import org.factcheck.history.ui.RecordHistory;

/**
 * One entity: its type, name and description, every spelling it goes by, the claims that name it,
 * and merging a duplicate into it. At "entities/new" the same page creates an entity.
 */
@Route("entities/:id")
@PermitAll
class EntityView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final String NEW_ID = "new";
    static final String NEW = "entities/" + NEW_ID;

    static String pathOf(long id) {
        return "entities/" + id;
    }

    final H2 title = new H2();
    final EntityDetails details;
    final AliasEditor aliases;
    final Button save = new Button("Save", click -> save());
    final Button discard = new Button("Discard changes", click -> reload());
    final EntityClaims claims;
    final MergeDuplicate merge;

    private final EntityService entities;
    private final Section mergeSection = new Section();
    /** The entity as loaded when the page opened: a save checks its version, so a stale form cannot overwrite. */
    private NamedEntity entity;
    private final HistoryService history;
    private final Div historySection = new Div();
    /** Kept here, not asked of the binder: alias changes happen outside it, and a failed save resets its record. */
    private boolean unsaved;

    EntityView(EntityService entities, EntityMentions mentions, HistoryService history) {
        this.entities = entities;
        this.history = history;
        this.claims = new EntityClaims(mentions);
        this.merge = new MergeDuplicate(entities, () -> unsaved, this::reload);
        this.aliases = new AliasEditor(() -> setUnsaved(true), new LookalikeHint(entities));
        this.details = new EntityDetails(new LookalikeHint(entities));
        details.addEditListener(edit -> setUnsaved(true));
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Save sits beside the name, so it stays in reach above a long list of aliases.
        HorizontalLayout header = new HorizontalLayout(title, discard, save);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, title);
        header.setWidthFull();
        Section edit = new Section(heading("Details"), details, heading("Aliases"), aliases);
        mergeSection.add(heading("Merge a duplicate"), merge);
        Div columns = new Div(edit, new Div(claims, mergeSection));
        columns.addClassNames(LumoUtility.Display.GRID, LumoUtility.Grid.Column.COLUMNS_1,
                LumoUtility.Grid.Breakpoint.Large.COLUMNS_2, LumoUtility.Gap.XLARGE);
        add(new RouterLink("← All entities", EntitiesView.class), header, columns, historySection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW_ID.equals(id)) {
            show(new NamedEntity(null, ""));
            return;
        }
        Optional<NamedEntity> found = id.matches("\\d{1,18}") ? entities.find(Long.parseLong(id)) : Optional.empty();
        found.ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class, "There is no entity " + id + ": it may have been merged."));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(event, () -> unsaved);
    }

    @Override
    public String getPageTitle() {
        return (entity == null || entity.isNew() ? "New entity" : entity.getName()) + " · Fact-check database";
    }

    private void show(NamedEntity loaded) {
        entity = loaded;
        details.edit(loaded);
        aliases.edit(loaded);
        title.setText(loaded.isNew() ? "New entity" : loaded.getName());
        title.addClassName("record-heading");
        claims.setVisible(!loaded.isNew());
        mergeSection.setVisible(!loaded.isNew());
        historySection.removeAll();
        if (!loaded.isNew()) {
            claims.show(loaded.getId());
            merge.mergeInto(loaded);
            long id = loaded.getId();
            historySection.add(heading("History"), new RecordHistory(history, () -> List.of(
                    HistoryScope.record(NamedEntity.class, id), HistoryScope.ownedBy(Alias.class, "entity", id))));
        }
        setUnsaved(false);
    }

    private void save() {
        if (!details.writeIfValid()) {
            return;
        }
        boolean creating = entity.isNew();
        Saving.attempt(() -> entities.save(entity), this::showConflict).ifPresent(saved -> {
            setUnsaved(false);
            if (creating) {
                getUI().ifPresent(ui -> ui.navigate(pathOf(saved.getId())));
            } else {
                reload();
            }
        });
    }

    /** Someone saved this entity after the page loaded it: show both versions, overwrite nothing. */
    private void showConflict() {
        entities.find(entity.getId()).ifPresentOrElse(
                current -> new ConflictDialog("this entity", current.getUpdatedBy(), EntityDetails.describe(entity),
                        EntityDetails.describe(current), this::reload).open(),
                () -> Saving.notify("Someone merged this entity into another while you were editing it. "
                        + "Your changes are not saved.", NotificationVariant.LUMO_ERROR));
    }

    private void reload() {
        if (entity.isNew()) {
            show(new NamedEntity(null, ""));
            return;
        }
        entities.find(entity.getId()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(EntitiesView.class)));
    }

    /** A part's heading on this page. */
    static H3 heading(String text) {
        H3 heading = new H3(text);
        heading.addClassNames(LumoUtility.Margin.Top.LARGE, LumoUtility.Margin.Bottom.SMALL);
        return heading;
    }

    private void setUnsaved(boolean unsaved) {
        this.unsaved = unsaved;
        discard.setEnabled(unsaved);
        UnsavedChanges.browserWarning(unsaved);
    }
}
