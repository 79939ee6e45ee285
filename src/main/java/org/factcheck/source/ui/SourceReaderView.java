package org.factcheck.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factcheck.base.ui.Saving;
import org.factcheck.source.Source;
import org.factcheck.source.SourceAnnotations;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceSummary;

/**
 * Reads a source: its details and full text, with every claim appearance highlighted. Clicking a
 * highlight opens its claim; selecting text and choosing "New claim from selection" creates a
 * claim anchored at exactly that quote.
 */
@Route("sources/:id")
@PageTitle("Source · Fact-check database")
@PermitAll
class SourceReaderView extends Main implements BeforeEnterObserver {

    /** Reads the reader's selection as code-point offsets into the source text (-1 when there is none). */
    private static final String SELECTION_OFFSETS = """
            const root = $0;
            const selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return '';
            const range = selection.getRangeAt(0);
            const offset = (node, within) => {
              const paragraph = (node.nodeType === 1 ? node : node.parentElement).closest('[data-start]');
              if (!paragraph || !root.contains(paragraph)) return -1;
              const before = document.createRange();
              before.setStart(paragraph, 0);
              before.setEnd(node, within);
              return Number(paragraph.dataset.start) + [...before.toString()].length;
            };
            return offset(range.startContainer, range.startOffset) + ',' + offset(range.endContainer, range.endOffset);
            """;

    private final SourceService sources;
    private final SourceAnnotations annotations;
    private final AuthenticationContext authentication;
    final Div text = new Div();
    final Button newClaim = new Button("New claim from selection", VaadinIcon.PLUS.create());
    private Source source;

    SourceReaderView(SourceService sources, SourceAnnotations annotations, AuthenticationContext authentication) {
        this.sources = sources;
        this.annotations = annotations;
        this.authentication = authentication;
        addClassName("reader-view");
        text.addClassName("source-text");
        newClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newClaim.addClickListener(click -> text.getElement().executeJs(SELECTION_OFFSETS, text.getElement())
                .then(String.class, this::newClaimFromSelection));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        source = sources.find(id).orElse(null);
        if (source == null) {
            event.forwardTo(SourcesView.class);
            return;
        }
        render();
        event.getLocation().getQueryParameters().getSingleParameter("appearance")
                .ifPresent(appearance -> getElement().executeJs(
                        "const mark = document.getElementById('appearance-' + $0);"
                                + "if (mark) { mark.scrollIntoView({block: 'center'}); mark.classList.add('focused'); }",
                        appearance));
    }

    private void render() {
        removeAll();
        text.removeAll();
        Button edit = new Button("Edit details", VaadinIcon.EDIT.create(), click -> new SourceForm(sources, source,
                saved -> {
                    source = saved;
                    render();
                }, () -> { }).open());
        edit.setVisible(authentication.hasRole("EDITOR"));
        HorizontalLayout actions = new HorizontalLayout(newClaim, edit);
        H2 title = new H2(source.getTitle());
        title.getElement().setAttribute("dir", "auto");
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header, details(), new Paragraph("Select a sentence and choose “New claim from selection” to anchor a claim "
                + "to it. Highlighted passages are claim appearances: click one to open its claim."), text);
        ReaderText.render(text, source.getFullText(), annotations.highlightsIn(source.getId()));
    }

    private Div details() {
        SourceSummary summary = new SourceSummary(source.getId(), source.getTitle(), source.getOutlet(),
                source.getPublishedOn(), source.getPublishedOnPrecision(), source.getLanguage(), source.getOrigin());
        Div details = new Div();
        details.addClassName("source-details");
        detail(details, "Outlet", source.getOutlet());
        detail(details, "Author", source.getAuthor());
        detail(details, "Published", summary.published());
        detail(details, "Language", source.getLanguage()
                + (source.getOriginalLanguage() == null ? "" : " (translated from " + source.getOriginalLanguage() + ")"));
        if (source.getUrl() != null) {
            details.add(new Span("Web address: "), new Anchor(source.getUrl(), source.getUrl()));
        }
        detail(details, "Entered", source.getOrigin() + " by " + source.getEnteredBy() + ", " + source.getEnteredAt());
        detail(details, "SHA-256", source.getSha256());
        return details;
    }

    private static void detail(Div details, String label, String value) {
        if (value != null && !value.isBlank()) {
            Span line = new Span(label + ": " + value);
            line.addClassName("source-detail");
            details.add(line);
        }
    }

    private void newClaimFromSelection(String offsets) {
        List<String> parts = offsets == null || offsets.isBlank() ? List.of() : List.of(offsets.split(","));
        if (parts.size() != 2 || parts.contains("-1")) {
            Saving.notify("First select the words of the claim in the text.",
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_CONTRAST);
            return;
        }
        int start = Integer.parseInt(parts.get(0));
        int end = Integer.parseInt(parts.get(1));
        annotations.annotateSelection(source, Math.min(start, end), Math.max(start, end));
    }
}
