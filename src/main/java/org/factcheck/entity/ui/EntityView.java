package org.factcheck.entity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.entity.Alias;
import org.factcheck.entity.EntityMentions.MentioningClaim;
import org.factcheck.entity.EntityMentions;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
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
    final Select<EntityType> type = EntityTypes.select("Type");
    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final TextField wikidataId = new TextField("Wikidata item");
    final AliasEditor aliases;
    final LookalikeHint nameLookalikes;
    final Button save = new Button("Save", click -> save());
    final Button discard = new Button("Discard changes", click -> reload());
    final Section claims = new Section();
    final MergeDuplicate merge;

    private final EntityService entities;
    /** The latest changed claims the page lists; the claims grid, filtered by the entity, has them all. */
    private static final int CLAIMS_SHOWN = 50;
    private final EntityMentions mentions;
    private final FormBinder<NamedEntity> binder = new FormBinder<>(NamedEntity.class);
    private final Section mergeSection = new Section();
    /** The entity as loaded when the page opened: a save checks its version, so a stale form cannot overwrite. */
    private NamedEntity entity;
    private final HistoryService history;
    private final Div historySection = new Div();
    /** Kept here, not asked of the binder: alias changes happen outside it, and a failed save resets its record. */
    private boolean unsaved;

    EntityView(EntityService entities, EntityMentions mentions, HistoryService history) {
        this.entities = entities;
        this.mentions = mentions;
        this.history = history;
        this.merge = new MergeDuplicate(entities, () -> unsaved, this::reload);
        this.aliases = new AliasEditor(() -> setUnsaved(true), new LookalikeHint(entities));
        this.nameLookalikes = new LookalikeHint(entities);
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);

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
                setUnsaved(true);
            }
        });
        FormLayout details = new FormLayout(type, name, nameLookalikes, description, wikidataId);
        details.setColspan(nameLookalikes, 2);
        details.setColspan(description, 2);
        description.setMinRows(3);

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
        binder.readBean(loaded);
        aliases.edit(loaded);
        nameLookalikes.clear();
        title.setText(loaded.isNew() ? "New entity" : loaded.getName());
        title.addClassName("record-heading");
        claims.setVisible(!loaded.isNew());
        mergeSection.setVisible(!loaded.isNew());
        historySection.removeAll();
        if (!loaded.isNew()) {
            listClaims(loaded.getId());
            merge.mergeInto(loaded);
            long id = loaded.getId();
            historySection.add(heading("History"), new RecordHistory(history, () -> List.of(
                    HistoryScope.record(NamedEntity.class, id), HistoryScope.ownedBy(Alias.class, "entity", id))));
        }
        setUnsaved(false);
    }

    private void save() {
        if (!binder.writeBeanIfValid(entity)) {
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
                current -> new ConflictDialog("this entity", current.getUpdatedBy(), fieldsOf(entity), fieldsOf(current),
                        this::reload).open(),
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

    private static Map<String, String> fieldsOf(NamedEntity entity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", Labels.of(entity.getType()));
        fields.put("Name", entity.getName());
        fields.put("Description", entity.getDescription());
        fields.put("Aliases", entity.getAliases().stream()
                .map(alias -> alias.getLanguage() == null ? alias.getName() : alias.getName() + " (" + alias.getLanguage() + ")")
                .collect(Collectors.joining(", ")));
        return fields;
    }

    private void listClaims(long entityId) {
        EntityMentions.Mentions found = mentions.claimsMentioning(entityId, CLAIMS_SHOWN);
        claims.removeAll();
        claims.add(heading("Claims (" + found.count() + ")"));
        if (found.first().isEmpty()) {
            claims.add(new Paragraph("No claim mentions this entity yet."));
        }
        found.first().forEach(claim -> claims.add(claimLine(claim)));
        if (found.first().size() == CLAIMS_SHOWN) {
            claims.add(new Anchor("claims?entity=" + entityId, "All of them in the claims grid, to sort and filter"));
        }
    }

    /** Links to the claim's page; the badge tells whether the entity made the claim or is only mentioned. */
    private static Component claimLine(MentioningClaim claim) {
        Span role = new Span(claim.claimant() ? "Claimant" : "Mentioned");
        role.getElement().setAttribute("theme", claim.claimant() ? "badge success small" : "badge contrast small");
        Div line = new Div(role, new Anchor("claims/" + claim.claimId(), claim.text()));
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Padding.Vertical.XSMALL);
        return line;
    }

    private static H3 heading(String text) {
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
