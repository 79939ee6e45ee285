package org.factcheck.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Sha256;
import org.factcheck.claim.Appearance;
import org.factcheck.source.Source;

/**
 * Where the claim is made, as a chain a reader can follow: the quote in its context, its offsets,
 * and the source it sits in, with the source's fingerprint and how it entered the database. An
 * appearance whose anchor broke says so instead of pointing at the wrong words. Removing one asks
 * first, then fires a {@link RemoveEvent}.
 */
class AppearanceList extends Div {

    AppearanceList() {
        addClassName("appearances");
    }

    void show(List<Appearance> appearances) {
        removeAll();
        add(new H3("Appearances (" + appearances.size() + ")"));
        appearances.forEach(appearance -> add(item(appearance)));
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    private Div item(Appearance appearance) {
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
        return item;
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
                "Remove", removed -> fireEvent(new RemoveEvent(this, appearance)), "Keep it", kept -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The reviewer confirmed removing this appearance. */
    static final class RemoveEvent extends ComponentEvent<AppearanceList> {

        private final Appearance appearance;

        RemoveEvent(AppearanceList source, Appearance appearance) {
            super(source, false);
            this.appearance = appearance;
        }

        Appearance appearance() {
            return appearance;
        }
    }
}
