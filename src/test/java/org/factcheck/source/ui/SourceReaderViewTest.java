package org.factcheck.source.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.history.ui.RecordHistory;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The reader: a new text version from the editor's dialog, broken anchors, earlier texts, history. */
@AppTest
class SourceReaderViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Autowired
    ClaimService claims;

    @Test
    @WithMockUser(username = "olga", roles = {"EDITOR", "REVIEWER"})
    void an_editor_saves_a_new_text_version_and_the_reader_lists_the_broken_anchor_and_the_earlier_text() {
        Source source = newSource("The council said the dam was safe. " + System.nanoTime());
        Claim claim = claims.createFromSelection(source.getId(), 16, 33, "The dam was declared safe.", CheckWorthiness.HIGH);
        SourceReaderView reader = navigate("sources/" + source.getId(), SourceReaderView.class);
        assertThat(highlightsIn(reader)).isEqualTo(1);

        test(reader.newTextVersion).click();
        NewTextVersionDialog dialog = find(NewTextVersionDialog.class).single();
        test(dialog.newText).setValue("The council said nothing about the dam. " + System.nanoTime());
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as("a new text needs a reason").isTrue();
        test(dialog.reason).setValue("The outlet rewrote the article.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(highlightsIn(reader)).as("never a wrong highlight").isZero();
        Div broken = find(Div.class).withClassName("broken-anchors").single();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class, broken).single().getHref()).isEqualTo("claims/" + claim.getId());
        Div versions = find(Div.class).withClassName("text-versions").single();
        assertThat(versions.getElement().getTextRecursively()).contains("Version 2 (current)", "Version 1 · replaced by olga",
                "The outlet rewrote the article.", Source.sha256Of(source.getFullText()));
        assertThat(find(RecordHistory.class).single()).isNotNull();

        navigate("claims/" + claim.getId(), Component.class);
        assertThat(find(Div.class).withClassName("anchor-broken-note").single().getText())
                .startsWith("Anchor broken: the quote no longer occurs exactly once in the current text");
    }

    @Test
    @WithMockUser(username = "pia", roles = "REVIEWER")
    void a_reviewer_reads_but_is_not_offered_a_new_text_version() {
        Source source = as("olga", Role.EDITOR, () -> newSource("A text only editors replace. " + System.nanoTime()));

        SourceReaderView reader = navigate("sources/" + source.getId(), SourceReaderView.class);

        assertThat(reader.newTextVersion.isVisible()).isFalse();
        assertThat(find(Span.class).withClassName("sha256").first().getText()).isEqualTo(source.getSha256());
    }

    /** F-08: a source of 100,000 short lines took 39 s and about 1 GB per open view, one component per line. */
    @Test
    @WithMockUser(username = "pia", roles = "REVIEWER")
    void a_source_of_a_hundred_thousand_lines_opens_as_one_element_with_its_markup_escaped() {
        StringBuilder text = new StringBuilder("<script>alert(1)</script> & \"quoted\" " + System.nanoTime());
        for (int line = 1; line < 100_000; line++) {
            text.append("\nx");
        }
        Source source = as("olga", Role.EDITOR, () -> newSource(text.toString()));

        SourceReaderView reader = navigate("sources/" + source.getId(), SourceReaderView.class);

        assertThat(reader.text.getElement().getChildCount()).as("no component per line").isZero();
        String html = reader.text.getElement().getProperty("innerHTML");
        assertThat(html.split("<p ", -1)).hasSize(100_001);
        assertThat(html).startsWith("<p dir=\"auto\" data-start=\"0\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .doesNotContain("<script>");
    }

    private static int highlightsIn(SourceReaderView reader) {
        return reader.text.getElement().getProperty("innerHTML", "").split("class=\"appearance\"", -1).length - 1;
    }

    private Source newSource(String text) {
        Source source = new Source(text, SourceOrigin.MANUAL, "olga");
        source.setTitle("A source about a dam");
        source.setOutlet("The Test Courier");
        source.setLanguage("en");
        return as("olga", Role.EDITOR, () -> sources.add(source));
    }
}
