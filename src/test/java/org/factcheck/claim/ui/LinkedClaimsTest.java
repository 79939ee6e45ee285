package org.factcheck.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimLink;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.claim.LinkedClaim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The linked claims on their own, without Spring or a database: they fire the links the reviewer makes or removes. */
class LinkedClaimsTest extends BrowserlessTest {

    private static final ClaimSummary OTHER = new ClaimSummary(7, "The talks began on 26 July.", null, null, null,
            ClaimStatus.UNREVIEWED, CheckWorthiness.LOW, null, null, 1, null, null);

    private final List<LinkedClaims.LinkEvent> links = new ArrayList<>();
    private final List<LinkedClaim> unlinked = new ArrayList<>();
    private LinkedClaims linkedClaims;

    @BeforeEach
    void showThem() {
        linkedClaims = new LinkedClaims((page, words) -> List.of(OTHER));
        linkedClaims.addLinkListener(links::add);
        linkedClaims.addUnlinkListener(unlink -> unlinked.add(unlink.link()));
        UI.getCurrent().add(linkedClaims);
    }

    @Test
    void linking_without_choosing_a_claim_fires_nothing_and_says_what_to_do_next_to_the_field() {
        linkedClaims.show(List.of());

        test(linkedClaims.linkContradiction).click();

        assertThat(links).isEmpty();
        assertThat(linkedClaims.contradicting.isInvalid()).isTrue();
        assertThat(linkedClaims.contradicting.getErrorMessage()).contains("Choose the claim this one contradicts");
    }

    @Test
    void linking_fires_the_chosen_claim_with_the_note_and_removing_fires_the_link() {
        LinkedClaim existing = new LinkedClaim(3, 9, "The talks began on 23 July.", ClaimLink.Kind.CONTRADICTS, null);
        linkedClaims.show(List.of(existing));

        test(linkedClaims.contradicting).selectItem(OTHER.text());
        test(linkedClaims.contradictionNote).setValue("Two dates for one start");
        test(linkedClaims.linkContradiction).click();
        test(find(Button.class).withAttribute("aria-label", "Remove the link to “The talks began on 23 July.”").single()).click();

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.other()).isEqualTo(OTHER);
            assertThat(link.note()).isEqualTo("Two dates for one start");
        });
        assertThat(unlinked).containsExactly(existing);
    }

    @Test
    void a_refused_link_is_explained_next_to_the_field_until_the_links_are_shown_again() {
        linkedClaims.refuse("A claim cannot contradict itself.");
        assertThat(linkedClaims.contradicting.getErrorMessage()).isEqualTo("A claim cannot contradict itself.");
        assertThat(linkedClaims.contradicting.isInvalid()).isTrue();

        linkedClaims.show(List.of());
        assertThat(linkedClaims.contradicting.isInvalid()).isFalse();
    }
}
