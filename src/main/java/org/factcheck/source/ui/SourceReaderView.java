package org.factcheck.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import org.factcheck.history.HistoryScope;
import org.factcheck.history.HistoryService;
import org.factcheck.history.ui.RecordHistory;
import org.factcheck.source.BrokenAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceAnnotations;
import org.factcheck.source.SourceService;

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
        add(header, new SourceDetails(source), new Paragraph("Select a sentence and choose “New claim from selection” to "
                + "anchor a claim to it. Highlighted passages are claim appearances: click one to open its claim."));
        List<BrokenAnchor> broken = annotations.brokenAnchorsIn(source.getId());
        if (!broken.isEmpty()) {
            add(new BrokenAnchors(broken));
        }
        long sourceId = source.getId();
        add(text, new TextVersions(source, sources.textVersions(sourceId)),
                new RecordHistory(history, () -> List.of(HistoryScope.record(Source.class, sourceId))));
        ReaderText.render(text, source.getFullText(), annotations.highlightsIn(source.getId()));
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
