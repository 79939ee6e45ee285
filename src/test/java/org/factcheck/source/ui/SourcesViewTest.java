package org.factcheck.source.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.factcheck.AppTest;
import org.factcheck.base.TextLimits;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class SourcesViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_sees_the_sources_but_cannot_add_one() {
        SourcesView view = navigate(SourcesView.class);

        assertThat(view.newSource.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> sources.save(new Source("A text a reviewer pasted.", SourceOrigin.MANUAL, "reviewer")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void the_outlet_filter_narrows_the_grid() {
        SourcesView view = navigate(SourcesView.class);
        assertThat(view.newSource.isVisible()).isTrue();

        test(view.outlet).selectItem("New Eastern Outlook");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Iraq Returns to the Deadly Embrace of the US");
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void a_new_source_without_title_text_or_valid_language_is_refused_next_to_each_field() {
        SourcesView view = navigate(SourcesView.class);
        test(view.newSource).click();
        SourceForm form = find(SourceForm.class).single();
        long before = sources.count();

        test(form.url).setValue("not a web address");
        test(form.language).setValue("English");
        test(form.save).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.outlet.isInvalid()).isTrue();
        assertThat(form.documentText.isInvalid()).isTrue();
        assertThat(form.documentText.getErrorMessage()).isEqualTo("Paste the full text of the source.");
        assertThat(sources.count()).isEqualTo(before);

        test(form.documentText).setValue("A new document about the strategic dialogue, pasted by an editor.");
        test(form.save).click();
        assertThat(form.url.isInvalid()).isTrue();
        assertThat(form.url.getErrorMessage()).contains("http://");
        assertThat(form.language.getErrorMessage()).contains("ISO 639");
        assertThat(sources.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void the_form_limits_each_text_counts_near_the_limit_and_refuses_a_longer_one_next_to_the_field() {
        SourcesView view = navigate(SourcesView.class);
        test(view.newSource).click();
        SourceForm form = find(SourceForm.class).single();
        long before = sources.count();

        assertThat(form.title.getMaxLength()).isEqualTo(TextLimits.TITLE);
        assertThat(form.outlet.getMaxLength()).isEqualTo(TextLimits.NAME);
        assertThat(form.url.getMaxLength()).isEqualTo(TextLimits.URL);
        test(form.title).setValue("T".repeat(450));
        assertThat(form.title.getHelperText()).isEqualTo("450 / 500 characters");
        test(form.url).setValue("https://news.example/" + "u".repeat(1_700));
        assertThat(form.url.getHelperText()).isEqualTo("Optional; https://… · 1,721 / 2,000 characters");
        test(form.title).setValue("Short again");
        assertThat(form.title.getHelperText()).isEmpty();

        // Pasted past the browser's limit (or an old record's longer text): the field says so.
        form.title.setValue("T".repeat(TextLimits.TITLE + 1));
        test(form.outlet).setValue("Desk notes");
        test(form.language).setValue("en");
        test(form.documentText).setValue("A text under a long title. " + System.nanoTime());
        test(form.save).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Keep this to 500 characters or fewer");
        assertThat(form.isOpened()).isTrue();
        assertThat(sources.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void a_source_published_in_2027_is_refused_but_tomorrow_is_accepted_for_time_zones() {
        Source source = sources.save(newSource("Dated sources " + System.nanoTime()));
        source.setPublished(java.time.LocalDate.of(2027, 6, 1), org.factcheck.source.DatePrecision.DAY);

        assertThatThrownBy(() -> sources.save(source)).rootCause().hasMessageContaining("This date is in the future");

        Source tomorrow = sources.find(source.getId()).orElseThrow();
        tomorrow.setPublished(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1), org.factcheck.source.DatePrecision.DAY);
        assertThat(sources.save(tomorrow).getPublishedOn()).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void an_editor_adds_a_source_and_lands_in_its_reader() {
        SourcesView view = navigate(SourcesView.class);
        test(view.newSource).click();
        SourceForm form = find(SourceForm.class).single();

        test(form.title).setValue("Notes from a press briefing");
        test(form.outlet).setValue("Desk notes");
        test(form.language).setValue("en");
        test(form.documentText).setValue("The spokesperson said 2,500 troops would stay in an advisory role. " + System.nanoTime());
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(SourceReaderView.class);
        assertThat(find(Button.class).withText("New claim from selection").exists()).isTrue();
    }

    private static Source newSource(String text) {
        Source source = new Source(text, SourceOrigin.MANUAL, "editor");
        source.setTitle("A dated source");
        source.setOutlet("Desk notes");
        source.setLanguage("en");
        return source;
    }
}
