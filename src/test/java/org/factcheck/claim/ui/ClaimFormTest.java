package org.factcheck.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim form on its own, without Spring or a database: it only fires what the reviewer saves. */
class ClaimFormTest extends BrowserlessTest {

    private final List<Claim> saved = new ArrayList<>();
    private ClaimForm form;

    @BeforeEach
    void showAForm() {
        form = new ClaimForm((page, words) -> List.of(), List.of());
        form.addSaveListener(save -> saved.add(save.claim()));
        UI.getCurrent().add(form);
    }

    @Test
    void saving_fires_the_claim_with_the_fields_written_into_it() {
        Claim claim = new Claim("The ministry reported 40 new cases.");
        form.edit(claim);

        test(form.text).setValue("The ministry reported 41 new cases.");
        test(form.checkWorthiness).selectItem("High");
        test(form.note).setValue("Check the ministry's own bulletin.");
        test(form.save).click();

        assertThat(saved).containsExactly(claim);
        assertThat(claim.getText()).isEqualTo("The ministry reported 41 new cases.");
        assertThat(claim.getCheckWorthiness()).isEqualTo(CheckWorthiness.HIGH);
        assertThat(claim.getNote()).isEqualTo("Check the ministry's own bulletin.");
    }

    @Test
    void a_blank_claim_fires_nothing_and_says_so_next_to_the_field() {
        Claim claim = new Claim("The ministry reported 40 new cases.");
        form.edit(claim);

        test(form.text).setValue("   ");
        test(form.save).click();

        assertThat(saved).isEmpty();
        assertThat(form.text.isInvalid()).isTrue();
        assertThat(form.text.getErrorMessage()).isNotBlank();
        assertThat(claim.getText()).isEqualTo("The ministry reported 40 new cases.");
    }

    @Test
    void a_claim_with_a_verdict_shows_the_verdicts_status_read_only_and_one_without_offers_the_desks() {
        Claim published = new Claim("A claim with a published verdict.");
        published.setStatus(ClaimStatus.PUBLISHED);
        form.edit(published);
        assertThat(form.status.isReadOnly()).isTrue();
        assertThat(test(form.status).getSuggestionItems()).containsExactly(ClaimStatus.PUBLISHED);

        form.edit(new Claim("A claim nobody has looked at yet."));
        assertThat(form.status.isReadOnly()).isFalse();
        assertThat(test(form.status).getSuggestionItems()).containsExactlyElementsOf(ClaimStatus.setByHand());
    }
}
