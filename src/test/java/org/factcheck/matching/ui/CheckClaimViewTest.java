package org.factcheck.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.matching.Eventually.waitUntil;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.factcheck.AppTest;
import org.factcheck.matching.ExternalFactChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The Check a claim view without a browser: a pasted sentence, the known claims ranked, the editors' import. */
@AppTest
class CheckClaimViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExternalFactChecks externals;

    @Test
    @WithMockUser(username = "rana", roles = "REVIEWER")
    void a_rewording_of_a_seeded_claim_finds_it_with_its_verdict() {
        waitUntil("everything embedded", () -> jdbc.sql("select count(*) from claim c where not exists (select 1 from claim_embedding e where e.claim_id = c.id)")
                .query(Long.class).single() == 0);
        CheckClaimView view = navigate(CheckClaimView.class);

        test(view.sentence).setValue("Some 2,500 American soldiers are still deployed in Iraq");
        test(view.check).click();

        // anywhere on the list: other tests' rewordings of the same 2,500 troops may rank above the seed's
        assertThat(find(Div.class, view.results).withClassName("known-claim").all())
                .anySatisfy(known -> assertThat(known.getElement().getTextRecursively())
                        .contains("2,500 US troops", "Rated True by Fact-check desk · Published"));
        assertThat(find(H3.class).all()).as("no import for reviewers").isEmpty();
    }

    @Test
    @WithMockUser(username = "rana", roles = "REVIEWER")
    void an_empty_sentence_is_refused_next_to_the_field() {
        CheckClaimView view = navigate(CheckClaimView.class);

        test(view.check).click();

        assertThat(view.sentence.isInvalid()).isTrue();
        assertThat(view.sentence.getErrorMessage()).isEqualTo("Enter the sentence to check.");
    }

    @Test
    @WithMockUser(username = "erin", roles = {"REVIEWER", "EDITOR"})
    void an_editor_imports_a_file_and_sees_the_counts_and_each_refusal() {
        CheckClaimView view = navigate(CheckClaimView.class);
        String url = "https://desk.example/" + UUID.randomUUID();
        byte[] file = ("[{\"@type\": \"ClaimReview\", \"url\": \"" + url + "\", \"claimReviewed\": \"A claim\"},"
                + " {\"@type\": \"ClaimReview\", \"url\": \"" + url + "/2\"}]").getBytes(StandardCharsets.UTF_8);

        view.show("reviews.jsonld", () -> externals.importClaimReviews(file));

        assertThat(view.imported.getElement().getTextRecursively())
                .contains("reviews.jsonld: 1 added, 0 updated, 1 refused.", "Item 2 (" + url + "/2): no claimReviewed");

        view.show("page.html", () -> externals.importClaimReviews("<html></html>".getBytes(StandardCharsets.UTF_8)));

        assertThat(view.imported.getElement().getTextRecursively()).startsWith("page.html: This is not JSON");
    }
}
