package org.factcheck.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.factcheck.base.ui.Saving;
import org.factcheck.entity.CommonWords;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.LookalikeEntity;
import org.factcheck.entity.SpellingInText;
import org.factcheck.importing.CandidateClaim;
import org.factcheck.importing.CandidateStatus;
import org.factcheck.importing.CheckedBefore;
import org.factcheck.importing.ImportService;
import org.factcheck.importing.UnknownName;
import org.factcheck.importing.WordDiff;
import org.factcheck.source.Source;
import org.factcheck.source.SourceService;
import org.factcheck.source.TextHighlight;
import org.factcheck.source.ui.ReaderText;

/**
 * Reviews an imported source: its text with every known entity name highlighted and linked to the
 * entity, beside the candidate claims, most worth checking first, with their score, reasons, the
 * known claims each may repeat, and the names the database does not know yet (one click makes one
 * an entity, or an alias of a look-alike). Candidates are accepted or dismissed one by one (a
 * claim anchored there, optionally narrowed and rephrased first) or ticked and decided together,
 * a dismissal always with its reason. A near-duplicate imported anyway shows what differs from
 * its original.
 */
@Route("import/:id")
@PageTitle("Review an import · Fact-check database")
@PermitAll
class ImportReviewView extends Main implements BeforeEnterObserver {

    static final List<String> DISMISSAL_REASONS = List.of("Not a factual claim", "Opinion or prediction",
            "Already checked", "Not relevant to the desk", "Too vague to check");

    /** Words of an unchanged stretch shown on either side of a difference. */
    private static final int CONTEXT_WORDS = 8;

    private final ImportService imports;
    private final SourceService sources;
    final Div text = new Div();
    final Div candidateList = new Div();
    final ComboBox<String> dismissalReason = new ComboBox<>("Reason for dismissing");
    final Button acceptSelected = new Button("Accept selected");
    final Button dismissSelected = new Button("Dismiss selected");
    final Map<Long, Checkbox> selection = new LinkedHashMap<>();
    private Source source;

    ImportReviewView(ImportService imports, SourceService sources) {
        this.imports = imports;
        this.sources = sources;
        addClassName("import-review");
        text.addClassNames("source-text", "import-text");
        candidateList.addClassName("candidates");
        dismissalReason.setItems(DISMISSAL_REASONS);
        dismissalReason.setAllowCustomValue(true);
        dismissalReason.addCustomValueSetListener(custom -> dismissalReason.setValue(custom.getDetail()));
        dismissalReason.setWidth("16em");
        acceptSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        acceptSelected.addClickListener(click -> decideSelected(ids -> imports.acceptAll(ids)));
        dismissSelected.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismissSelected.addClickListener(click -> {
            if (dismissalReason.getValue() == null || dismissalReason.getValue().isBlank()) {
                dismissalReason.setErrorMessage("Say why the ticked sentences are not worth checking.");
                dismissalReason.setInvalid(true);
                return;
            }
            dismissalReason.setInvalid(false);
            decideSelected(ids -> {
                imports.dismissAll(ids, dismissalReason.getValue());
                return ids;
            });
        });
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
                + " · imported by " + source.getEnteredBy() + " · "), new Anchor("sources/" + source.getId(), "Open in the reader"),
                new Span(" · "), new Anchor("imports", "Import inbox")));
        imports.nearDuplicateOriginal(source.getId()).ifPresent(original -> {
            Div notice = new Div(new Span("Imported although it is " + original.percent() + "% alike to "),
                    new Anchor("sources/" + original.sourceId(), "“" + original.title() + "”"),
                    new Span(". What differs, word by word:"), differences());
            notice.addClassName("near-duplicate-notice");
            add(notice);
        });
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

    /** The diff against the original, unchanged stretches cut to a few words around each change. */
    private Div differences() {
        Div diff = new Div();
        diff.addClassName("word-diff");
        for (WordDiff.Change change : imports.differencesFromOriginal(source.getId())) {
            String words = change.kind() == WordDiff.Kind.SAME ? shortened(change.words()) : change.words();
            Span stretch = new Span(words);
            stretch.addClassName("diff-" + change.kind().name().toLowerCase(Locale.ROOT));
            diff.add(stretch);
        }
        return diff;
    }

    private static String shortened(String words) {
        String[] split = words.split("(?<=\\s)(?=\\S)");
        if (split.length <= 2 * CONTEXT_WORDS) {
            return words;
        }
        return String.join("", List.of(split).subList(0, CONTEXT_WORDS)) + "… "
                + String.join("", List.of(split).subList(split.length - CONTEXT_WORDS, split.length));
    }

    private void renderCandidates() {
        candidateList.removeAll();
        selection.clear();
        List<CandidateClaim> candidates = imports.candidatesByScore(source.getId());
        long open = candidates.stream().filter(c -> c.getStatus() == CandidateStatus.PROPOSED).count();
        candidateList.add(new H3("Candidate claims (" + open + " to decide)"));
        if (candidates.isEmpty()) {
            candidateList.add(new Paragraph("No sentence looks worth checking: select one in the reader to make a claim of it."));
        }
        if (open > 0) {
            Checkbox all = new Checkbox("Tick all");
            all.addValueChangeListener(change -> selection.values().forEach(box -> box.setValue(change.getValue())));
            Div bulk = new Div(all, acceptSelected, dismissalReason, dismissSelected);
            bulk.addClassName("bulk-actions");
            candidateList.add(bulk);
        }
        List<SpellingInText> spellings = imports.spellingsIn(source.getId());
        candidates.forEach(candidate -> candidateList.add(card(candidate, spellings)));
    }

    private Div card(CandidateClaim candidate, List<SpellingInText> spellings) {
        Span score = new Span(String.format(Locale.ROOT, "%.2f", candidate.getScore()));
        score.addClassName("candidate-score");
        score.getElement().setAttribute("title", "How likely the sentence is worth checking, from 0 to 1");
        Div sentence = new Div(candidate.getSentence());
        sentence.addClassName("candidate-sentence");
        sentence.getElement().setAttribute("dir", "auto");
        Div reasons = new Div(String.join(" · ", candidate.getReasons()));
        reasons.addClassName("candidate-reasons");
        Div card = new Div();
        card.addClassNames("candidate", candidate.getStatus().name().toLowerCase(Locale.ROOT));
        if (candidate.getStatus() == CandidateStatus.PROPOSED) {
            Checkbox tick = new Checkbox();
            tick.addClassName("candidate-tick");
            tick.setAriaLabel("Tick: " + candidate.getSentence());
            selection.put(candidate.getId(), tick);
            card.add(tick);
        }
        card.add(score, sentence, reasons);
        List<CheckedBefore> checked = imports.checkedBefore(candidate);
        checked.stream().limit(3).forEach(match -> card.add(checkedBefore(match)));
        List<UnknownName> unknown = stillUnknown(candidate.getUnknownNames(), spellings);
        if (!unknown.isEmpty() && candidate.getStatus() == CandidateStatus.PROPOSED) {
            Div names = new Div(new Span("Not in the database: "));
            names.addClassName("unknown-names");
            unknown.forEach(name -> names.add(unknownName(name)));
            card.add(names);
        }
        switch (candidate.getStatus()) {
            case PROPOSED -> {
                Button accept = new Button("Accept", click -> decide(() -> imports.accept(candidate.getId())));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                Button edit = new Button("Edit and accept…", click -> new AcceptCandidateDialog(imports, candidate,
                        this::renderCandidates).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button dismiss = new Button("Dismiss", click -> {
                    selection.values().forEach(box -> box.setValue(false));
                    selection.get(candidate.getId()).setValue(true);
                    dismissSelected.click();
                });
                dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                dismiss.getElement().setAttribute("title", "Dismiss for the reason chosen above");
                card.add(new Div(accept, edit, dismiss));
            }
            case ACCEPTED -> card.add(new Div(new Span("Accepted by " + candidate.getDecidedBy() + ": "),
                    candidate.getClaimId() == null ? new Span("its claim was deleted")
                            : new Anchor("claims/" + candidate.getClaimId(), "open the claim")));
            case DISMISSED -> card.add(new Div(new Span("Dismissed by " + candidate.getDecidedBy()
                    + (candidate.getDismissalReason() == null ? "" : ": " + candidate.getDismissalReason()))));
        }
        return card;
    }

    /** "Checked before: “…”, rated False, by Snopes", linked to our claim's page or the other desk's review. */
    private static Div checkedBefore(CheckedBefore match) {
        Anchor summary = new Anchor(match.claimId() != null ? "claims/" + match.claimId() : match.url(), match.summary());
        summary.getElement().setAttribute("dir", "auto");
        if (match.claimId() == null) {
            summary.setTarget("_blank");
            summary.getElement().setAttribute("rel", "noopener noreferrer");
        }
        Span alike = new Span(" · " + Math.round(match.similarity() * 100) + "% alike");
        alike.addClassName("provenance");
        Div before = new Div(summary, alike);
        before.addClassNames("checked-before", match.sameDetails() ? "same-details" : "similar-wording");
        return before;
    }

    /** A name to make an entity of, with its likely kind first, or to add as an alias of a look-alike. */
    private Component unknownName(UnknownName name) {
        Div row = new Div(new Span("“" + name.name() + "”"));
        row.addClassName("unknown-name");
        List<EntityType> kinds = new ArrayList<>(List.of(EntityType.PERSON, EntityType.ORGANISATION, EntityType.PLACE));
        if (kinds.remove(name.likelyType())) {
            kinds.addFirst(name.likelyType());
        }
        for (EntityType kind : kinds) {
            Button create = new Button("New " + kind.name().toLowerCase(Locale.ROOT), click -> decide(() ->
                    imports.createEntity(name.name(), kind)));
            create.addThemeVariants(ButtonVariant.LUMO_SMALL, kind == name.likelyType()
                    ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            row.add(create);
        }
        for (LookalikeEntity lookalike : imports.lookalikes(name.name())) {
            Button alias = new Button("Alias of " + lookalike.name());
            alias.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            alias.addClickListener(click -> {
                String warning = CommonWords.warningFor(name.name()).orElse(null);
                if (warning != null && !"confirm".equals(alias.getElement().getAttribute("data-warned"))) {
                    alias.getElement().setAttribute("data-warned", "confirm");
                    alias.setText("Add the common word anyway");
                    row.add(new Span(warning));
                    return;
                }
                decide(() -> imports.addAlias(lookalike.id(), name.name(), source.getLanguage()));
            });
            row.add(alias);
        }
        return row;
    }

    /** The names still unknown now: one made an entity since the import is known. */
    private static List<UnknownName> stillUnknown(List<UnknownName> names, List<SpellingInText> spellings) {
        return names.stream()
                .filter(name -> spellings.stream().noneMatch(s -> s.start() < name.end() && s.end() > name.start()))
                .toList();
    }

    private void decideSelected(java.util.function.Function<List<Long>, ?> decision) {
        List<Long> ticked = selection.entrySet().stream().filter(entry -> entry.getValue().getValue())
                .map(Map.Entry::getKey).toList();
        if (ticked.isEmpty()) {
            dismissalReason.setHelperText("Tick the sentences to decide first.");
            return;
        }
        decide(() -> decision.apply(ticked));
    }

    private void decide(Supplier<?> decision) {
        Saving.attempt(decision, () -> { });
        render();
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
