package org.factcheck.claim.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.SpringData.FetchCallback;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.factcheck.base.TextLimits;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.claim.ClaimLink;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.claim.LinkedClaim;
import org.springframework.data.domain.Pageable;

/**
 * The claims linked with this one, each removable ({@link UnlinkEvent}), and a form to link one as
 * contradicting it ({@link LinkEvent}); a link the page refuses is explained next to the field.
 */
class LinkedClaims extends Div {

    final ComboBox<ClaimSummary> contradicting = new ComboBox<>("Contradicting claim");
    final TextField contradictionNote = new TextField("Note on the contradiction");
    final Button linkContradiction = new Button("Link as contradicting");
    private final Div links = new Div();

    /** {@code claimsWithWords} finds the claims whose text holds the words typed. */
    LinkedClaims(FetchCallback<Pageable, ClaimSummary> claimsWithWords) {
        addClassName("linked-claims");
        contradicting.setItemLabelGenerator(ClaimSummary::text);
        contradicting.setPlaceholder("Type words of the other claim");
        contradicting.setItemsPageable(claimsWithWords);
        FormBinder.limit(contradictionNote, TextLimits.PROSE);
        contradictionNote.setPlaceholder("e.g. two dates for the same meeting");
        linkContradiction.addClickListener(click -> link());
        HorizontalLayout form = new HorizontalLayout(contradicting, contradictionNote, linkContradiction);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setFlexGrow(2, contradicting);
        form.setFlexGrow(1, contradictionNote);
        form.setWidthFull();
        add(new H3("Linked claims"), links, form);
    }

    /** Shows these links, with an empty form for the next one. */
    void show(List<LinkedClaim> linked) {
        links.removeAll();
        if (linked.isEmpty()) {
            links.add(new Paragraph("No linked claims."));
        }
        linked.forEach(other -> links.add(item(other)));
        contradicting.clear();
        contradicting.setInvalid(false);
        contradictionNote.clear();
    }

    /** Says next to the field why the link was not made. */
    void refuse(String reason) {
        contradicting.setErrorMessage(reason);
        contradicting.setInvalid(true);
    }

    Registration addLinkListener(ComponentEventListener<LinkEvent> listener) {
        return addListener(LinkEvent.class, listener);
    }

    Registration addUnlinkListener(ComponentEventListener<UnlinkEvent> listener) {
        return addListener(UnlinkEvent.class, listener);
    }

    private Div item(LinkedClaim other) {
        Span kind = new Span(other.kind() == ClaimLink.Kind.CONTRADICTS ? "Contradicts: " : "");
        kind.addClassName("badge-contradicts");
        Div item = new Div(kind, new Anchor("claims/" + other.claimId(), other.text()));
        if (other.note() != null) {
            Span note = new Span(" — " + other.note());
            note.addClassName("provenance");
            item.add(note);
        }
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> fireEvent(new UnlinkEvent(this, other)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove the link to “" + other.text() + "”");
        remove.setTooltipText("Remove this link");
        item.add(remove);
        return item;
    }

    private void link() {
        if (contradicting.getValue() == null) {
            refuse("Choose the claim this one contradicts: type some of its words.");
            return;
        }
        fireEvent(new LinkEvent(this, contradicting.getValue(), contradictionNote.getValue()));
    }

    /** The reviewer links this claim as contradicting the page's, with an optional note. */
    static final class LinkEvent extends ComponentEvent<LinkedClaims> {

        private final ClaimSummary other;
        private final String note;

        LinkEvent(LinkedClaims source, ClaimSummary other, String note) {
            super(source, false);
            this.other = other;
            this.note = note;
        }

        ClaimSummary other() {
            return other;
        }

        String note() {
            return note;
        }
    }

    /** The reviewer removes this link. */
    static final class UnlinkEvent extends ComponentEvent<LinkedClaims> {

        private final LinkedClaim link;

        UnlinkEvent(LinkedClaims source, LinkedClaim link) {
            super(source, false);
            this.link = link;
        }

        LinkedClaim link() {
            return link;
        }
    }
}
