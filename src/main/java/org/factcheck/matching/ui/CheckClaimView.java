package org.factcheck.matching.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.factcheck.base.Refusal;
import org.factcheck.matching.ClaimReviewImport;
import org.factcheck.matching.EmbeddingProgress;
import org.factcheck.matching.ExternalFactChecks;
import org.factcheck.matching.Known;
import org.factcheck.matching.KnownClaim;
import org.factcheck.matching.KnownClaims;

/**
 * "Has this been checked already?": a reviewer pastes a sentence and sees the known claims ranked, ours
 * and other desks', with their verdicts and publishers; pairs whose numbers, names or dates differ are
 * marked as similar wording only. Editors import other desks' ClaimReview here too.
 */
@Route("check-a-claim")
@PageTitle("Check a claim · Fact-check database")
@Menu(title = "Check a claim", order = 1.3, icon = "vaadin:question-circle-o")
@PermitAll
class CheckClaimView extends Main {

    private final KnownClaims knownClaims;
    final TextArea sentence = new TextArea("Sentence to check");
    final Button check = new Button("Check", VaadinIcon.SEARCH.create());
    final Div results = new Div();
    final Span progress = new Span();
    final Div imported = new Div();

    CheckClaimView(KnownClaims knownClaims, ExternalFactChecks externalFactChecks, AuthenticationContext authentication) {
        this.knownClaims = knownClaims;
        addClassName("check-claim-view");
        sentence.setWidthFull();
        sentence.setMaxLength(KnownClaims.LONGEST_SENTENCE);
        sentence.setHelperText("One claim, in any words: it is matched by meaning and by words against the desk's "
                + "claims and other desks' fact-checks.");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> check());
        check.addClickShortcut(Key.ENTER).listenOn(sentence);
        results.addClassName("known-claims");
        progress.addClassName("provenance");
        add(new H2("Check a claim"), new Paragraph("Has it been checked already, by this desk or another?"), sentence,
                check, results, progress);
        if (authentication.hasRole("EDITOR")) {
            add(importer(externalFactChecks));
        }
        showProgress();
    }

    void check() {
        results.removeAll();
        sentence.setInvalid(false);
        List<KnownClaim> known;
        try {
            known = knownClaims.checkedBefore(sentence.getValue());
        } catch (Refusal unusable) {
            sentence.setErrorMessage(unusable.getMessage());
            sentence.setInvalid(true);
            return;
        }
        if (known.isEmpty()) {
            results.add(new Paragraph("Nothing known matches it: no claim of this desk, no other desk's fact-check."));
        }
        known.forEach(match -> results.add(row(match)));
        showProgress();
    }

    private static Div row(KnownClaim match) {
        Anchor text = match.known().kind() == Known.Kind.CLAIM ? new Anchor("claims/" + match.known().id(), match.text())
                : new Anchor(match.url(), match.text());
        text.getElement().setAttribute("dir", "auto");
        if (match.known().kind() == Known.Kind.EXTERNAL) {
            text.setTarget("_blank");
            text.getElement().setAttribute("rel", "noopener noreferrer");
        }
        Span verdict = new Span((match.rating() == null ? "No rating yet" : "Rated " + match.rating()) + " by "
                + match.publisher() + (match.known().kind() == Known.Kind.CLAIM ? " · " + match.standing() : ""));
        verdict.addClassName("known-claim-verdict");
        Span alike = new Span(Math.round(Math.max(0, match.score()) * 100) + "% alike");
        alike.addClassName("provenance");
        Div row = new Div(text, new Div(verdict, new Span(" · "), alike));
        if (!match.agreement().same()) {
            Span differs = new Span(capitalised(match.agreement().description()));
            differs.addClassName("known-claim-differs");
            row.add(differs);
            row.addClassName("similar-wording");
        }
        row.addClassName("known-claim");
        return row;
    }

    private void showProgress() {
        EmbeddingProgress now = knownClaims.progress();
        progress.setText(String.format(Locale.ROOT, "%,d known claims, %,d of them matched by meaning%s.", now.known(),
                now.embedded(), now.waiting() == 0 ? "" : String.format(Locale.ROOT,
                        "; %,d waiting for the background embedding (%.0f a second), found by their words meanwhile",
                        now.waiting(), now.perSecond())));
    }

    private Div importer(ExternalFactChecks externalFactChecks) {
        long largest = externalFactChecks.largestImport();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> show(metadata.fileName(), () -> externalFactChecks.importClaimReviews(bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, largest));
        upload.setAcceptedFileTypes(".json", ".jsonld", "application/json", "application/ld+json");
        upload.addFileRejectedListener(rejected -> {
            imported.removeAll();
            imported.add(error(rejected.getFileName() + ": " + rejected.getErrorMessage() + ". Import a .json or .jsonld file"
                    + " of at most " + largest / (1024 * 1024) + " MB."));
        });
        imported.addClassName("claim-review-import");
        return new Div(new H3("Other desks' fact-checks"), new Paragraph("Import their ClaimReview JSON-LD, as their pages"
                + " and feeds carry it (one object, an array, or @graph). They are matched like our claims, shown as theirs,"
                + " and never in our feed, pages or exports; the same url again updates it."), upload, imported);
    }

    void show(String fileName, java.util.function.Supplier<ClaimReviewImport> importing) {
        imported.removeAll();
        try {
            ClaimReviewImport outcome = importing.get();
            imported.add(new Paragraph(String.format(Locale.ROOT, "%s: %,d added, %,d updated, %,d refused.", fileName,
                    outcome.added(), outcome.updated(), outcome.refused().size())));
            outcome.refused().stream().limit(50).forEach(refusal -> imported.add(error("Item " + refusal.item()
                    + (refusal.url() == null ? "" : " (" + refusal.url() + ")") + ": " + refusal.reason())));
        } catch (Refusal refused) {
            imported.add(error(fileName + ": " + refused.getMessage()));
        }
        showProgress();
    }

    private static Span error(String message) {
        Span error = new Span(message);
        error.addClassName("field-error");
        error.getStyle().set("display", "block");
        return error;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
