package org.factcheck.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.factcheck.base.ui.Saving;
import org.factcheck.entity.SpellingInText;
import org.factcheck.importing.CandidateClaim;
import org.factcheck.importing.CandidateStatus;
import org.factcheck.importing.ImportService;
import org.factcheck.source.Source;
import org.factcheck.source.SourceService;
import org.factcheck.source.TextHighlight;
import org.factcheck.source.ui.ReaderText;

/**
 * Reviews an imported source: its text with every known entity name highlighted and linked to the
 * entity, beside the candidate claims with their score and reasons, each to accept (a claim
 * anchored there, optionally narrowed and rephrased first) or dismiss.
 */
@Route("import/:id")
@PageTitle("Review an import · Fact-check database")
@PermitAll
class ImportReviewView extends Main implements BeforeEnterObserver {

    private final ImportService imports;
    private final SourceService sources;
    final Div text = new Div();
    final Div candidateList = new Div();
    private Source source;

    ImportReviewView(ImportService imports, SourceService sources) {
        this.imports = imports;
        this.sources = sources;
        addClassName("import-review");
        text.addClassNames("source-text", "import-text");
        candidateList.addClassName("candidates");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        source = sources.find(id).orElse(null);
        if (source == null) {
            event.forwardTo(ImportView.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H2 heading = new H2(source.getTitle());
        heading.addClassName("record-heading");
        heading.getElement().setAttribute("title", source.getTitle());
        heading.getElement().setAttribute("dir", "auto");
        add(heading, new Paragraph(new Span(source.getOutlet() + " · " + source.published() + " · " + source.getLanguage()
                + " · "), new Anchor("sources/" + source.getId(), "Open in the reader")));
        text.removeAll();
        ReaderText.render(text, source.getFullText(), entityHighlights(imports.spellingsIn(source.getId())), "entity-name");
        Div textColumn = new Div(new H3("Text"), new Paragraph("Known names of people, organisations and places are "
                + "underlined: click one to open its entity."), text);
        textColumn.addClassName("import-text-column");
        renderCandidates();
        Div columns = new Div(textColumn, candidateList);
        columns.addClassName("import-columns");
        add(columns);
    }

    private void renderCandidates() {
        candidateList.removeAll();
        List<CandidateClaim> candidates = imports.candidates(source.getId());
        long open = candidates.stream().filter(c -> c.getStatus() == CandidateStatus.PROPOSED).count();
        candidateList.add(new H3("Candidate claims (" + open + " to decide)"));
        if (candidates.isEmpty()) {
            candidateList.add(new Paragraph("No sentence looks worth checking: select one in the reader to make a claim of it."));
        }
        candidates.forEach(candidate -> candidateList.add(card(candidate)));
    }

    private Div card(CandidateClaim candidate) {
        Span score = new Span(String.format(Locale.ROOT, "%.2f", candidate.getScore()));
        score.addClassName("candidate-score");
        score.getElement().setAttribute("title", "How likely the sentence is worth checking, from 0 to 1");
        Div sentence = new Div(candidate.getSentence());
        sentence.addClassName("candidate-sentence");
        sentence.getElement().setAttribute("dir", "auto");
        Div reasons = new Div(String.join(" · ", candidate.getReasons()));
        reasons.addClassName("candidate-reasons");
        Div card = new Div(score, sentence, reasons);
        card.addClassNames("candidate", candidate.getStatus().name().toLowerCase(Locale.ROOT));
        switch (candidate.getStatus()) {
            case PROPOSED -> {
                Button accept = new Button("Accept", click -> decide(() -> imports.accept(candidate.getId())));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                Button edit = new Button("Edit and accept…", click -> new AcceptCandidateDialog(imports, candidate,
                        this::renderCandidates).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button dismiss = new Button("Dismiss", click -> decide(() -> {
                    imports.dismiss(candidate.getId());
                    return candidate;
                }));
                dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                card.add(new Div(accept, edit, dismiss));
            }
            case ACCEPTED -> card.add(new Div(new Span("Accepted by " + candidate.getDecidedBy() + ": "),
                    candidate.getClaimId() == null ? new Span("its claim was deleted")
                            : new Anchor("claims/" + candidate.getClaimId(), "open the claim")));
            case DISMISSED -> card.add(new Div(new Span("Dismissed by " + candidate.getDecidedBy())));
        }
        return card;
    }

    private void decide(Supplier<?> decision) {
        Saving.attempt(decision, () -> { });
        renderCandidates();
    }

    /** One highlight per stretch of text, linking to the entity it names (the first, if several share a spelling). */
    private static List<TextHighlight> entityHighlights(List<SpellingInText> spellings) {
        List<TextHighlight> highlights = new ArrayList<>();
        SpellingInText previous = null;
        for (SpellingInText spelling : spellings) {
            if (previous != null && previous.start() == spelling.start() && previous.end() == spelling.end()) {
                continue;
            }
            highlights.add(new TextHighlight(highlights.size(), spelling.start(), spelling.end(),
                    spelling.entityName(), "entities/" + spelling.entityId()));
            previous = spelling;
        }
        return highlights;
    }
}
