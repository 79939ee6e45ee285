package org.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.factcheck.base.Refusal;
import org.factcheck.history.HistoryScope;
import org.factcheck.history.HistoryService;
import org.factcheck.history.RecordRevision;
import org.factcheck.source.BrokenAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceTextVersion;
import org.factcheck.source.TextHighlight;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A new text version of a source, and what it does to the claims anchored in it. */
@AppTest
class ReanchoringTest {

    private static final String MOVES = "the river rose ten metres overnight";
    private static final String DISAPPEARS = "the bridge had closed at noon";
    private static final String TURNS_AMBIGUOUS = "the mayor left by boat";

    @Autowired
    SourceService sources;

    @Autowired
    ClaimService claims;

    @Autowired
    HistoryService history;

    @Test
    void a_new_text_version_re_anchors_what_it_can_and_flags_the_rest() {
        String original = "Alpha said " + MOVES + ". Beta said " + DISAPPEARS + ". Gamma said " + TURNS_AMBIGUOUS + ". "
                + unique();
        Source source = newSource(original);
        Appearance moves = anchor(source, MOVES);
        Appearance disappears = anchor(source, DISAPPEARS);
        Appearance turnsAmbiguous = anchor(source, TURNS_AMBIGUOUS);
        String corrected = "Correction appended above: «𝔸» Alpha said " + MOVES + ". Beta said the bridge stayed open. Gamma said "
                + TURNS_AMBIGUOUS + ". Delta denied that " + TURNS_AMBIGUOUS + ". " + unique();

        as("olga", Role.EDITOR, () -> sources.replaceText(source.getId(), corrected, "The outlet corrected its article."));

        Appearance moved = reload(moves);
        assertThat(moved.getAnchorStatus()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(codePoints(corrected, moved.getStartOffset(), moved.getEndOffset())).isEqualTo(MOVES);
        assertThat(moved.getStartOffset()).isGreaterThan(moves.getStartOffset());
        assertThat(moved.getPrefix()).endsWith("«𝔸» Alpha said ");
        assertThat(reload(disappears).getAnchorStatus()).isEqualTo(AnchorStatus.BROKEN);
        assertThat(reload(disappears).getQuote()).isEqualTo(DISAPPEARS);
        assertThat(reload(turnsAmbiguous).getAnchorStatus()).isEqualTo(AnchorStatus.BROKEN);

        assertThat(as("olga", Role.REVIEWER, () -> claims.highlightsIn(source.getId())))
                .extracting(TextHighlight::id).containsExactly(moves.getId());
        assertThat(as("olga", Role.REVIEWER, () -> claims.brokenAnchorsIn(source.getId())))
                .extracting(BrokenAnchor::id, BrokenAnchor::quote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(disappears.getId(), DISAPPEARS),
                        org.assertj.core.groups.Tuple.tuple(turnsAmbiguous.getId(), TURNS_AMBIGUOUS));
    }

    @Test
    void the_old_text_stays_readable_with_who_replaced_it_when_and_why() {
        String original = "The ministry said 40 people were evacuated. " + unique();
        Source source = newSource(original);
        String corrected = "The ministry said 400 people were evacuated. " + unique();

        as("olga", Role.EDITOR, () -> sources.replaceText(source.getId(), corrected, "A typo in the figure, fixed by the outlet."));

        Source current = as("olga", Role.REVIEWER, () -> sources.find(source.getId()).orElseThrow());
        assertThat(current.getFullText()).isEqualTo(corrected);
        assertThat(current.getSha256()).isEqualTo(Source.sha256Of(corrected));
        List<SourceTextVersion> versions = as("olga", Role.REVIEWER, () -> sources.textVersions(source.getId()));
        assertThat(versions).singleElement().satisfies(old -> {
            assertThat(old.getVersionNumber()).isEqualTo(1);
            assertThat(old.getFullText()).isEqualTo(original);
            assertThat(old.getSha256()).isEqualTo(Source.sha256Of(original));
            assertThat(old.getReplacedBy()).isEqualTo("olga");
            assertThat(old.getReplacedAt()).isNotNull();
            assertThat(old.getReason()).isEqualTo("A typo in the figure, fixed by the outlet.");
        });
        List<RecordRevision> revisions = as("olga", Role.REVIEWER,
                () -> history.revisions(List.of(HistoryScope.record(Source.class, source.getId()))));
        assertThat(revisions.getFirst()).extracting(RecordRevision::reviewer, RecordRevision::reason)
                .containsExactly("olga", "New text version: A typo in the figure, fixed by the outlet.");
    }

    @Test
    void a_broken_anchor_is_repaired_when_a_later_version_has_its_quote_exactly_once_again() {
        Source source = newSource("Beta said " + DISAPPEARS + ". " + unique());
        Appearance appearance = anchor(source, DISAPPEARS);
        as("olga", Role.EDITOR, () -> sources.replaceText(source.getId(), "Beta said nothing. " + unique(), "First correction."));
        assertThat(reload(appearance).getAnchorStatus()).isEqualTo(AnchorStatus.BROKEN);

        as("olga", Role.EDITOR, () -> sources.replaceText(source.getId(), "Update. Beta said " + DISAPPEARS + ". " + unique(),
                "The outlet restored the sentence."));

        assertThat(reload(appearance).getAnchorStatus()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(as("olga", Role.REVIEWER, () -> sources.textVersions(source.getId())))
                .extracting(SourceTextVersion::getVersionNumber).containsExactly(1, 2);
    }

    @Test
    void an_identical_text_a_missing_reason_and_a_reviewer_are_refused() {
        String text = "Nothing changes here. " + unique();
        Source source = newSource(text);

        assertThatThrownBy(() -> as("olga", Role.EDITOR, () -> sources.replaceText(source.getId(), text, "No reason.")))
                .isInstanceOf(Refusal.class).hasMessageContaining("identical");
        assertThatThrownBy(() -> as("olga", Role.EDITOR, () -> sources.replaceText(source.getId(), text + " More.", " ")))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("Say why the text changes");
        assertThatThrownBy(() -> as("pia", Role.REVIEWER, () -> sources.replaceText(source.getId(), text + " More.", "Why not.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("olga", Role.REVIEWER, () -> sources.textVersions(source.getId()))).isEmpty();
    }

    private Source newSource(String text) {
        return as("olga", Role.EDITOR, () -> {
            Source source = new Source(text, SourceOrigin.MANUAL, "olga");
            source.setTitle("A source that gets corrected");
            source.setOutlet("The Test Courier");
            source.setLanguage("en");
            return sources.add(source);
        });
    }

    private Appearance anchor(Source source, String quote) {
        QuoteAnchor anchor = ((QuoteAnchor.Found) QuoteAnchor.locate(source.getFullText(), quote)).anchor();
        Claim claim = as("pia", Role.REVIEWER, () -> claims.createFromSelection(source.getId(), anchor.start(), anchor.end(),
                null, CheckWorthiness.MEDIUM));
        return claim.getAppearances().getFirst();
    }

    private Appearance reload(Appearance appearance) {
        Claim claim = as("pia", Role.REVIEWER, () -> claims.findWithDetails(appearance.getClaim().getId()).orElseThrow());
        return claim.getAppearances().getFirst();
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private static String unique() {
        return "(" + System.nanoTime() + ")";
    }
}
