package org.factcheck.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import org.factcheck.AppTest;
import org.factcheck.importing.CandidateStatus;
import org.factcheck.importing.ImportService;
import org.factcheck.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "rita", roles = "REVIEWER")
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    ImportService imports;

    @Autowired
    SourceService sources;

    @Test
    void a_reviewer_imports_a_pasted_text_and_accepts_a_candidate_on_the_review_page() {
        ImportView view = navigate(ImportView.class);
        test(view.text).setValue("The US said 2,500 troops would stay in Iraq until December 2021, the ministry announced. "
                + "It rained. Ref " + System.nanoTime() + ".");
        test(view.title).setValue("Troops stay until December");
        test(view.outlet).setValue("Desk wire");

        test(view.importButton).click();

        ImportReviewView review = (ImportReviewView) getCurrentView();
        assertThat(review.text.getElement().getProperty("innerHTML"))
                .contains("class=\"entity-name\"", ">US</span>", ">Iraq</span>");
        assertThat(find(Div.class).withClassName("candidate-reasons").first().getText())
                .contains("a number or quantity (2,500)", "names United States, Iraq");
        test(find(Button.class).withText("Accept").first()).click();

        long sourceId = sources.list(new org.factcheck.source.SourceFilter("Troops stay until December", null, null, null,
                null), org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id();
        assertThat(imports.candidates(sourceId)).extracting(c -> c.getStatus()).contains(CandidateStatus.ACCEPTED);
        assertThat(find(Anchor.class).withText("open the claim").exists()).isTrue();
        assertThat(review.candidateList.getChildren().count()).isGreaterThan(1);
    }

    @Test
    void missing_details_and_a_bad_file_are_shown_next_to_their_fields_and_nothing_is_imported() {
        ImportView view = navigate(ImportView.class);
        long before = sources.count();

        test(view.language).setValue("");
        test(view.importButton).click();

        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).contains("The text is empty");

        view.fileReceived("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        test(view.importButton).click();

        assertThat(view.fileError.getText()).contains("is binary");

        view.fileReceived("notes.txt", ("The minister said 40 people left. Ref " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        test(view.importButton).click();

        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.outlet.getErrorMessage()).contains("Enter the outlet");
        assertThat(view.language.getErrorMessage()).contains("ISO 639");
        assertThat(sources.count()).isEqualTo(before);
        assertThat(getCurrentView()).isInstanceOf(ImportView.class);
    }

    @Test
    void a_near_duplicate_is_shown_with_a_link_to_the_existing_source_and_imported_on_request() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("seed/documents/003_6167ed54e53ec71c.txt"));
        ImportView view = navigate(ImportView.class);
        test(view.text).setValue(seed + "\nUpdated " + System.nanoTime() + ".");
        test(view.title).setValue("A re-post of the Washington piece");
        test(view.outlet).setValue("Aggregator");

        test(view.importButton).click();

        assertThat(view.notice.isVisible()).isTrue();
        assertThat(find(Anchor.class).withText("Open “Al-Kazemi’s difficult mission in Washington; Is the US leaving Iraq?”")
                .exists()).isTrue();
        test(find(Button.class).withText("Import anyway").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ImportReviewView.class);
    }
}
