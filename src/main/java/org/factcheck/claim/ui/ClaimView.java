package org.factcheck.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.base.Refusal;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.Sha256;
import org.factcheck.base.ui.UnsavedChanges;
import org.factcheck.claim.Appearance;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimExports;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimLink;
import org.factcheck.claim.ClaimPageSection;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.claim.LinkedClaim;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.NamedEntity;
import org.factcheck.base.TextLimits;
import org.factcheck.source.Source;

/**
 * One claim: the normalized text, who made it and when, every appearance (the quote in its
 * context, linking to the reader at that spot), the entities it mentions, the claims it is linked
 * with, and the sections other features add (the verdict with its evidence, the history).
 */
@Route("claims/:id")
@PageTitle("Claim · Fact-check database")
@PermitAll
class ClaimView extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    final TextArea text = new TextArea("Claim");
    final ComboBox<NamedEntity> claimant = new ComboBox<>("Claimant");
    final DatePicker claimDate = new DatePicker("Claim date");
    final Select<CheckWorthiness> checkWorthiness = new Select<>();
    final Select<ClaimStatus> status = new Select<>();
    final ComboBox<Reviewer> assignee = new ComboBox<>("Assigned to");
    final MultiSelectComboBox<NamedEntity> mentions = new MultiSelectComboBox<>("Entities mentioned");
    final TextArea note = new TextArea("Internal note");
    final Button save = new Button("Save claim");
    final ComboBox<ClaimSummary> contradicting = new ComboBox<>("Contradicting claim");
    final TextField contradictionNote = new TextField("Note on the contradiction");
    final Button linkContradiction = new Button("Link as contradicting");

    private final FormBinder<Claim> binder = new FormBinder<>(Claim.class);
    private final ClaimService claims;
    private final List<ClaimPageSection> sections;
    private final Optional<ClaimExports> exports;
    private Claim claim;

    ClaimView(ClaimService claims, EntityService entities, ReviewerService reviewers, List<ClaimPageSection> sections,
            Optional<ClaimExports> exports) {
        this.claims = claims;
        this.exports = exports;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ClaimPageSection::order)).toList();
        addClassName("claim-view");
        text.setWidthFull();
        text.getElement().setAttribute("dir", "auto");
        claimant.setItemLabelGenerator(NamedEntity::getName);
        claimant.setItemsPageable((page, filterText) -> entities.findByNameOrAlias(filterText, page));
        claimant.setClearButtonVisible(true);
        checkWorthiness.setLabel("Check-worthiness");
        checkWorthiness.setItems(CheckWorthiness.values());
        checkWorthiness.setItemLabelGenerator(Labels::of);
        status.setLabel("Status");
        status.setItemLabelGenerator(Labels::of);
        assignee.setItemLabelGenerator(Reviewer::getDisplayName);
        assignee.setItems(reviewers.assignable());
        assignee.setClearButtonVisible(true);
        mentions.setItemLabelGenerator(NamedEntity::getName);
        mentions.setItemsPageable((page, filterText) -> entities.findByNameOrAlias(filterText, page));
        note.setHelperText("For the desk only: never published.");
        binder.forField(mentions).bind(claimToEdit -> new java.util.LinkedHashSet<>(claimToEdit.getMentions()),
                Claim::setMentions);
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(change -> UnsavedChanges.browserWarning(binder.hasChanges()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        contradicting.setItemLabelGenerator(ClaimSummary::text);
        contradicting.setPlaceholder("Type words of the other claim");
        contradicting.setItemsPageable((page, words) -> claims.list(
                ClaimFilter.withText(words), page));
        FormBinder.limit(contradictionNote, TextLimits.PROSE);
        contradictionNote.setPlaceholder("e.g. two dates for the same meeting");
        linkContradiction.addClickListener(click -> linkContradiction());
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
        UnsavedChanges.confirmLeaving(event, () -> binder.hasChanges() || getChildren()
                .anyMatch(section -> section instanceof UnsavedChanges.Tracked tracked && tracked.hasUnsavedChanges()));
    }

    private void render() {
        removeAll();
        // With a verdict the status is the verdict's (the database keeps it); without, the desk sets it.
        boolean followsVerdict = claim.getStatus().followsVerdict();
        status.setItems(followsVerdict ? List.of(claim.getStatus()) : ClaimStatus.setByHand());
        status.setReadOnly(followsVerdict);
        status.setHelperText(followsVerdict ? "Follows the claim's verdict." : null);
        binder.readBean(claim);
        H2 title = new H2(claim.getText());
        title.addClassName("record-heading");
        title.getElement().setAttribute("title", claim.getText());
        title.getElement().setAttribute("dir", "auto");
        FormLayout form = new FormLayout(text, claimant, claimDate, checkWorthiness, status, assignee, mentions, note);
        form.setColspan(text, 2);
        form.setColspan(mentions, 2);
        form.setColspan(note, 2);
        Span provenance = new Span("Created by " + claim.getCreatedBy() + ", " + Labels.of(claim.getCreatedAt())
                + " · last changed by " + claim.getUpdatedBy() + ", " + Labels.of(claim.getUpdatedAt()));
        provenance.addClassName("provenance");
        add(title, provenance);
        exports.ifPresent(export -> add(new Div(export.forClaim(claim))));
        add(form, save, appearances(), linkedClaims());
        sections.forEach(section -> add(section.create(claim)));
    }

    /**
     * Where the claim is made, as a chain a reader can follow: the quote in its context, its
     * offsets, and the source it sits in, with the source's fingerprint and how it entered the
     * database. An appearance whose anchor broke says so instead of pointing at the wrong words.
     */
    private Component appearances() {
        Div list = new Div(new H3("Appearances (" + claim.getAppearances().size() + ")"));
        list.addClassName("appearances");
        for (Appearance appearance : claim.getAppearances()) {
            Div quote = new Div();
            quote.addClassName("quote-in-context");
            quote.getElement().setAttribute("dir", "auto");
            Span quoted = new Span(appearance.getQuote());
            quoted.addClassName("quote");
            quote.add(new Span("…" + appearance.getPrefix()), quoted, new Span(appearance.getSuffix() + "…"));
            Div item = new Div(quote);
            item.addClassName("appearance-item");
            Source source = appearance.getSource();
            String where = "characters " + appearance.getStartOffset() + "–" + appearance.getEndOffset();
            if (!appearance.isAnchored()) {
                item.addClassName("anchor-broken");
                Div broken = new Div("Anchor broken: the quote no longer occurs exactly once in the current text "
                        + "(" + where + " were its place in an earlier version).");
                broken.addClassName("anchor-broken-note");
                item.add(broken);
            }
            Anchor open = new Anchor(appearance.isAnchored() ? "sources/" + source.getId() + "?appearance=" + appearance.getId()
                    : "sources/" + source.getId(), source.getTitle());
            item.add(provenance(open, new Span(" — " + source.getOutlet() + " · published " + source.published()
                            + (appearance.isAnchored() ? " · " + where : "")), removeButton(appearance)),
                    provenance(new Span("SHA-256 of the text: "), Sha256.of(source.getSha256())),
                    provenance(new Span("Entered: " + Labels.of(source.getOrigin()) + " by " + source.getEnteredBy() + ", "
                            + Labels.of(source.getEnteredAt()))));
            list.add(item);
        }
        return list;
    }

    private static Div provenance(Component... parts) {
        Div line = new Div(parts);
        line.addClassName("provenance");
        return line;
    }

    private Button removeButton(Appearance appearance) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(appearance));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove this appearance");
        remove.setTooltipText("Remove this appearance");
        return remove;
    }

    private void confirmRemoval(Appearance appearance) {
        ConfirmDialog confirm = new ConfirmDialog("Remove this appearance?",
                "The claim will no longer be anchored to “" + appearance.getQuote() + "” in "
                        + appearance.getSource().getTitle() + ". The history keeps a record of it.",
                "Remove", removed -> {
                    claims.removeAppearance(claim.getId(), appearance.getId());
                    claim = claims.findWithDetails(claim.getId()).orElseThrow();
                    render();
                }, "Keep it", kept -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The claims linked with this one, each removable, and a form to link one as contradicting it. */
    private Component linkedClaims() {
        List<LinkedClaim> linked = claims.linkedClaims(claim.getId());
        Div list = new Div(new H3("Linked claims"));
        list.addClassName("linked-claims");
        if (linked.isEmpty()) {
            list.add(new Paragraph("No linked claims."));
        }
        for (LinkedClaim other : linked) {
            Span kind = new Span(other.kind() == ClaimLink.Kind.CONTRADICTS ? "Contradicts: " : "");
            kind.addClassName("badge-contradicts");
            Div item = new Div(kind, new Anchor("claims/" + other.claimId(), other.text()));
            if (other.note() != null) {
                Span note = new Span(" — " + other.note());
                note.addClassName("provenance");
                item.add(note);
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                claims.unlink(other.linkId());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove the link to “" + other.text() + "”");
            remove.setTooltipText("Remove this link");
            item.add(remove);
            list.add(item);
        }
        contradicting.clear();
        contradicting.setInvalid(false);
        contradictionNote.clear();
        HorizontalLayout form = new HorizontalLayout(contradicting, contradictionNote, linkContradiction);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setFlexGrow(2, contradicting);
        form.setFlexGrow(1, contradictionNote);
        form.setWidthFull();
        list.add(form);
        return list;
    }

    private void linkContradiction() {
        if (contradicting.getValue() == null) {
            contradicting.setErrorMessage("Choose the claim this one contradicts: type some of its words.");
            contradicting.setInvalid(true);
            return;
        }
        try {
            claims.linkContradiction(claim.getId(), contradicting.getValue().id(), contradictionNote.getValue());
            render();
        } catch (Refusal refused) {
            contradicting.setErrorMessage(refused.getMessage());
            contradicting.setInvalid(true);
        }
    }

    private void save() {
        LocalDate savedDate = claim.getClaimDate();
        if (!binder.writeBeanIfValid(claim)) {
            return;
        }
        Optional<LocalDate> earliestSource = claim.earliestSourceDateAfterClaimDate();
        if (earliestSource.isPresent() && !claim.getClaimDate().equals(savedDate)) {
            ConfirmDialog question = new ConfirmDialog("Dated before its sources?",
                    "The claim is dated " + claim.getClaimDate() + ", but the earliest source it appears in was published "
                            + earliestSource.get() + ". Keep this date?",
                    "Keep " + claim.getClaimDate(), keep -> store(), "Change the date", change -> claimDate.focus());
            question.addClassName("claim-date-question");
            question.open();
            return;
        }
        store();
    }

    private void store() {
        Saving.attempt(() -> claims.save(claim), this::showConflict).ifPresent(saved -> {
            UnsavedChanges.browserWarning(false);
            claim = claims.findWithDetails(saved.getId()).orElseThrow();
            render();
        });
    }

    private void showConflict() {
        Claim saved = claims.findWithDetails(claim.getId()).orElseThrow();
        new ConflictDialog("this claim", saved.getUpdatedBy(), describe(claim), describe(saved), () -> {
            claim = saved;
            UnsavedChanges.browserWarning(false);
            render();
        }).open();
    }

    private static Map<String, String> describe(Claim claim) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Claim", claim.getText());
        fields.put("Claimant", claim.getClaimant() == null ? "" : claim.getClaimant().getName());
        fields.put("Claim date", Objects.toString(claim.getClaimDate(), ""));
        fields.put("Check-worthiness", Labels.of(claim.getCheckWorthiness()));
        fields.put("Status", Labels.of(claim.getStatus()));
        fields.put("Assigned to", claim.getAssignee() == null ? "" : claim.getAssignee().getDisplayName());
        fields.put("Entities mentioned", claim.getMentions().stream().map(NamedEntity::getName).sorted()
                .collect(Collectors.joining(", ")));
        fields.put("Internal note", Objects.toString(claim.getNote(), ""));
        return fields;
    }
}
