package org.factcheck.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.util.Optional;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.Sha256;
import org.factcheck.history.HistoryScope;
import org.factcheck.history.HistoryService;
import org.factcheck.history.ui.RecordHistory;
import org.factcheck.source.BrokenAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceAnnotations;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceTextVersion;

/**
 * Reads a source: its details and full text, with every claim appearance highlighted. Clicking a
 * highlight opens its claim; selecting text and choosing "New claim from selection" creates a
 * claim anchored at exactly that quote. Below the text: its earlier versions, readable, and the
 * source's history. Editors may replace the text with a new version; appearances whose quote it no
 * longer holds exactly once are listed above the text as broken, never highlighted.
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
    private final HistoryService history;
    private final AuthenticationContext authentication;
    final Div text = new Div();
    final Button newClaim = new Button("New claim from selection", VaadinIcon.PLUS.create());
    final Button newTextVersion = new Button("New text version", VaadinIcon.FILE_REFRESH.create());
    private Source source;

    SourceReaderView(SourceService sources, SourceAnnotations annotations, HistoryService history,
            AuthenticationContext authentication) {
        this.sources = sources;
        this.annotations = annotations;
        this.history = history;
        this.authentication = authentication;
        addClassName("reader-view");
        text.addClassName("source-text");
        newClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newClaim.addClickListener(click -> text.getElement().executeJs(SELECTION_OFFSETS, text.getElement())
                .then(String.class, this::newClaimFromSelection));
        newTextVersion.addClickListener(click -> new NewTextVersionDialog(sources, source, replaced -> {
            source = sources.find(replaced.getId()).orElseThrow();
            render();
        }).open());
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
        newTextVersion.setVisible(authentication.hasRole("EDITOR"));
        HorizontalLayout actions = new HorizontalLayout(newClaim, edit, newTextVersion);
        H2 title = new H2(source.getTitle());
        title.addClassName("record-heading");
        title.getElement().setAttribute("title", source.getTitle());
        title.getElement().setAttribute("dir", "auto");
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setWrap(true); // a long title pushes the actions below it rather than squeezing them
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header, details(), new Paragraph("Select a sentence and choose “New claim from selection” to anchor a claim "
                + "to it. Highlighted passages are claim appearances: click one to open its claim."));
        brokenAnchors().ifPresent(this::add);
        long sourceId = source.getId();
        add(text, textVersions(), new RecordHistory(history, () -> List.of(HistoryScope.record(Source.class, sourceId))));
        ReaderText.render(text, source.getFullText(), annotations.highlightsIn(source.getId()));
    }

    /** The appearances this text no longer holds exactly once: listed, never highlighted. */
    private Optional<Div> brokenAnchors() {
        List<BrokenAnchor> broken = annotations.brokenAnchorsIn(source.getId());
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        Div list = new Div(new H3("Anchors broken (" + broken.size() + ")"), new Paragraph("The quote no longer occurs "
                + "exactly once in the current text, so these are not highlighted. Open the claim to anchor it again."));
        list.addClassName("broken-anchors");
        for (BrokenAnchor anchor : broken) {
            Span quote = new Span("“" + anchor.quote() + "”");
            quote.addClassName("quote");
            list.add(new Div(quote, new Span(" · "), new Anchor(anchor.route(), anchor.title())));
        }
        return Optional.of(list);
    }

    /** The current text's version and fingerprint, and every earlier text, readable. */
    private Div textVersions() {
        List<SourceTextVersion> earlier = sources.textVersions(source.getId());
        Div versions = new Div(new H3("Text versions"));
        versions.addClassName("text-versions");
        versions.add(new Div(new Span("Version " + (earlier.size() + 1) + " (current) · SHA-256 "), Sha256.of(source.getSha256())));
        for (SourceTextVersion version : earlier.reversed()) {
            Button read = new Button("Read", click -> readEarlier(version));
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Div line = new Div(new Span("Version " + version.getVersionNumber() + " · replaced by " + version.getReplacedBy()
                    + ", " + Labels.of(version.getReplacedAt()) + ": " + version.getReason() + " · SHA-256 "),
                    Sha256.of(version.getSha256()), read);
            versions.add(line);
        }
        return versions;
    }

    private void readEarlier(SourceTextVersion version) {
        Dialog reading = new Dialog();
        reading.setHeaderTitle("Version " + version.getVersionNumber() + ", replaced " + Labels.of(version.getReplacedAt()));
        reading.setWidth("min(900px, 95vw)");
        Div earlierText = new Div();
        earlierText.addClassName("source-text");
        ReaderText.render(earlierText, version.getFullText(), List.of());
        reading.add(earlierText);
        reading.getFooter().add(new Button("Close", click -> reading.close()));
        reading.open();
    }

    private Div details() {
        Div details = new Div();
        details.addClassName("source-details");
        detail(details, "Outlet", source.getOutlet());
        detail(details, "Author", source.getAuthor());
        detail(details, "Published", source.published());
        detail(details, "Language", source.getLanguage()
                + (source.getOriginalLanguage() == null ? "" : " (translated from " + source.getOriginalLanguage() + ")"));
        if (source.getUrl() != null) {
            details.add(new Span("Web address: "), new Anchor(source.getUrl(), source.getUrl()));
        }
        detail(details, "Entered", Labels.of(source.getOrigin()) + " by " + source.getEnteredBy() + ", "
                + Labels.of(source.getEnteredAt()));
        details.add(new Span(new Span("SHA-256: "), Sha256.of(source.getSha256())));
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
