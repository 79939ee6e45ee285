package org.factcheck.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.factcheck.AppTest;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "reviewer", roles = "REVIEWER")
class ClaimViewTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_claim_page_shows_every_appearance_with_its_quote_in_context() {
        long id = claimId("About 2,500 US troops were stationed in Iraq in mid-2021.");

        ClaimView view = navigate("claims/" + id, ClaimView.class);

        assertThat(view.form.text.getValue()).isEqualTo("About 2,500 US troops were stationed in Iraq in mid-2021.");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("quote").all())
                .extracting(quote -> quote.getText())
                .contains("There are currently 2,500 US troops in Iraq, supposedly focused on countering the remnants of DAESH.");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).all())
                .anyMatch(link -> link.getHref().matches("sources/\\d+\\?appearance=\\d+"));
    }

    @Test
    void the_claim_page_shows_its_own_parts_and_the_contributed_sections_in_the_order_their_places_name() {
        long id = claimId("About 2,500 US troops were stationed in Iraq in mid-2021.");

        ClaimView view = navigate("claims/" + id, ClaimView.class);

        // One class name per Place, top to bottom: the verdict feature contributes the last three.
        assertThat(view.getChildren().flatMap(part -> part.getClassNames().stream())
                .filter(java.util.Set.of("claim-form", "appearances", "linked-claims", "same-claim", "verdict-editor",
                        "record-history")::contains))
                .containsExactly("claim-form", "appearances", "linked-claims", "same-claim", "verdict-editor", "record-history");
    }

    @Test
    void a_blank_claim_is_refused_with_a_message_next_to_the_field() {
        long id = claimId("About 2,500 US troops were stationed in Iraq in mid-2021.");
        ClaimView view = navigate("claims/" + id, ClaimView.class);

        test(view.form.text).setValue("   ");
        test(view.form.save).click();

        assertThat(view.form.text.isInvalid()).isTrue();
        assertThat(view.form.text.getErrorMessage()).isNotBlank();
        assertThat(claims.find(id).orElseThrow().getText()).isEqualTo("About 2,500 US troops were stationed in Iraq in mid-2021.");
    }

    @Test
    void saving_a_claim_someone_else_changed_meanwhile_opens_the_conflict_dialog_and_overwrites_nothing() {
        Claim claim = claims.createFromSelection(sourceId(), 0, 10, "A claim two reviewers edit at once.",
                org.factcheck.claim.CheckWorthiness.LOW);
        ClaimView view = navigate("claims/" + claim.getId(), ClaimView.class);

        Claim theirs = claims.find(claim.getId()).orElseThrow();
        theirs.setNote("Their note, saved first.");
        claims.save(theirs);
        test(view.form.note).setValue("My note, saved second.");
        test(view.form.save).click();

        ConflictDialog conflict = find(ConflictDialog.class).single();
        assertThat(claims.find(claim.getId()).orElseThrow().getNote()).isEqualTo("Their note, saved first.");
        test(find(Button.class, conflict).withText("Compare versions").single()).click();
        @SuppressWarnings("unchecked")
        Grid<ConflictDialog.FieldVersions> comparison = find(Grid.class, conflict).single();
        assertThat(java.util.stream.IntStream.range(0, test(comparison).size()).mapToObj(test(comparison)::getRow))
                .contains(new ConflictDialog.FieldVersions("Internal note", "My note, saved second.", "Their note, saved first."));
        test(find(Button.class, conflict).withText("Reload saved version").single()).click();
        assertThat(view.form.note.getValue()).isEqualTo("Their note, saved first.");
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        long id = claimId("About 2,500 US troops were stationed in Iraq in mid-2021.");
        ClaimView view = navigate("claims/" + id, ClaimView.class);

        test(view.form.checkWorthiness).selectItem(view.form.checkWorthiness.getValue() == org.factcheck.claim.CheckWorthiness.LOW
                ? "High" : "Low");
        com.vaadin.flow.component.UI.getCurrent().navigate(ClaimsView.class);

        assertThat(find(ConfirmDialog.class).single().isOpened()).isTrue();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void a_claim_with_a_verdict_shows_the_verdicts_status_and_one_without_offers_only_the_desks() {
        long published = jdbc.sql("select min(claim_id) from verdict where status = 'PUBLISHED'").query(Long.class).single();
        ClaimView view = navigate("claims/" + published, ClaimView.class);

        assertThat(view.form.status.getValue()).isEqualTo(org.factcheck.claim.ClaimStatus.PUBLISHED);
        assertThat(view.form.status.isReadOnly()).isTrue();
        assertThat(view.form.status.getHelperText()).isEqualTo("Follows the claim's verdict.");

        Claim fresh = claims.createFromSelection(sourceId(), 0, 10, "A claim no verdict is written on yet.",
                org.factcheck.claim.CheckWorthiness.LOW);
        view = navigate("claims/" + fresh.getId(), ClaimView.class);
        assertThat(view.form.status.isReadOnly()).isFalse();
        assertThat(test(view.form.status).getSuggestionItems()).containsExactlyElementsOf(org.factcheck.claim.ClaimStatus.setByHand());
    }

    @Test
    void a_wrongly_anchored_appearance_is_removed_after_confirmation_and_stays_in_the_history() {
        Claim claim = claims.createFromSelection(sourceId(), 20, 40, "A claim anchored in the wrong place.",
                org.factcheck.claim.CheckWorthiness.LOW);
        long appearanceId = claims.findWithDetails(claim.getId()).orElseThrow().getAppearances().getFirst().getId();
        navigate("claims/" + claim.getId(), ClaimView.class);

        test(find(Button.class).withAttribute("aria-label", "Remove this appearance").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(claims.findWithDetails(claim.getId()).orElseThrow().getAppearances()).isEmpty();
        assertThat(jdbc.sql("select count(*) from appearance_aud where id = ? and revtype = 2").param(appearanceId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void removing_an_appearance_of_a_published_claim_is_refused_with_the_reason_and_keeps_it() {
        long published = jdbc.sql("""
                select min(v.claim_id) from verdict v where v.status = 'PUBLISHED'
                and exists (select 1 from appearance a where a.claim_id = v.claim_id)""").query(Long.class).single();
        int appearances = claims.findWithDetails(published).orElseThrow().getAppearances().size();
        navigate("claims/" + published, ClaimView.class);

        test(find(Button.class).withAttribute("aria-label", "Remove this appearance").first()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all())
                .extracting(notification -> test(notification).getText())
                .anyMatch(text -> text.startsWith("This claim's fact-check is published") && text.contains("Publish a correction"));
        assertThat(claims.findWithDetails(published).orElseThrow().getAppearances()).hasSize(appearances);
    }

    @Test
    void the_claims_grid_filters_by_rating_and_status() {
        ClaimsView view = navigate(ClaimsView.class);

        test(view.filters.rating).selectItem("False");
        int falseClaims = test(view.grid).size();
        assertThat(falseClaims).isPositive();
        for (int row = 0; row < falseClaims; row++) {
            assertThat(test(view.grid).getRow(row).rating()).isEqualTo("False");
        }
        test(view.filters.status).selectItem("Dismissed");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void the_claims_grid_filters_by_a_range_of_claim_dates() {
        ClaimsView view = navigate(ClaimsView.class);
        LocalDate day = LocalDate.of(2021, 7, 22);

        test(view.filters.claimedFrom).setValue(day);
        test(view.filters.claimedTo).setValue(day);

        int claimsThatDay = test(view.grid).size();
        assertThat(claimsThatDay).isPositive();
        for (int row = 0; row < claimsThatDay; row++) {
            assertThat(test(view.grid).getRow(row).claimDate()).isEqualTo(day);
        }
        assertThat(view.filters.claimedTo.getMin()).isEqualTo(day);
        view.filters.claimedTo.clear();
        test(view.filters.claimedFrom).setValue(LocalDate.of(2999, 1, 1));
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void a_claim_linked_as_contradicting_shows_on_both_pages_until_the_link_is_removed() {
        Claim one = claims.save(new Claim("Al-Kadhimi flew to Washington on 25 July 2021 (link test)."));
        Claim other = claims.save(new Claim("Al-Kadhimi flew to Washington on 24 July 2021 (link test)."));
        ClaimView view = navigate("claims/" + one.getId(), ClaimView.class);

        view.linkedClaims.contradicting.setValue(summaryOf(other));
        test(view.linkedClaims.contradictionNote).setValue("Two dates for one flight");
        test(view.linkedClaims.linkContradiction).click();

        assertThat(linkedClaimsText()).contains("Contradicts: " + other.getText(), "Two dates for one flight");
        navigate("claims/" + other.getId(), ClaimView.class);
        assertThat(linkedClaimsText()).contains("Contradicts: " + one.getText(), "Two dates for one flight");

        test(find(Button.class).withAttribute("aria-label", "Remove the link to “" + one.getText() + "”").single()).click();

        assertThat(linkedClaimsText()).contains("No linked claims.").doesNotContain(one.getText());
        navigate("claims/" + one.getId(), ClaimView.class);
        assertThat(linkedClaimsText()).contains("No linked claims.").doesNotContain(other.getText());
    }

    @Test
    void linking_a_claim_to_itself_or_twice_is_refused_next_to_the_field() {
        Claim one = claims.save(new Claim("The fourth round began on 23 July 2021 (refusal test)."));
        Claim other = claims.save(new Claim("The fourth round began on 26 July 2021 (refusal test)."));
        claims.linkContradiction(one.getId(), other.getId(), null);
        ClaimView view = navigate("claims/" + one.getId(), ClaimView.class);

        view.linkedClaims.contradicting.setValue(summaryOf(one));
        test(view.linkedClaims.linkContradiction).click();
        assertThat(view.linkedClaims.contradicting.isInvalid()).isTrue();
        assertThat(view.linkedClaims.contradicting.getErrorMessage()).contains("cannot contradict itself");

        view.linkedClaims.contradicting.setValue(summaryOf(other));
        test(view.linkedClaims.linkContradiction).click();
        assertThat(view.linkedClaims.contradicting.getErrorMessage()).contains("already linked");
        assertThat(claims.linkedClaims(one.getId())).hasSize(1);
    }

    private org.factcheck.claim.ClaimSummary summaryOf(Claim claim) {
        return claims.list(org.factcheck.claim.ClaimFilter.withText(claim.getText()),
                org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
    }

    private String linkedClaimsText() {
        return find(com.vaadin.flow.component.html.Div.class).withClassName("linked-claims").single().getElement()
                .getTextRecursively();
    }

    @Test
    void a_claim_dated_in_the_future_is_refused_next_to_the_date() {
        Claim claim = claims.createFromSelection(sourceId(), 0, 10, "A claim dated 2031.", org.factcheck.claim.CheckWorthiness.LOW);
        ClaimView view = navigate("claims/" + claim.getId(), ClaimView.class);
        assertThat(view.form.claimDate.getMax()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));

        view.form.claimDate.setValue(LocalDate.of(2031, 1, 1));
        test(view.form.save).click();

        assertThat(view.form.claimDate.isInvalid()).isTrue();
        assertThat(view.form.claimDate.getErrorMessage()).isEqualTo("This date is in the future: enter the date it happened");
        assertThat(claims.find(claim.getId()).orElseThrow().getClaimDate()).isNull();
    }

    @Test
    void a_claim_dated_before_its_earliest_source_is_questioned_and_kept_when_the_reviewer_confirms() {
        Claim claim = claims.createFromSelection(sourceId(), 0, 10, "A claim dated before its source.",
                org.factcheck.claim.CheckWorthiness.LOW);
        LocalDate published = jdbc.sql("select published_on from source where id = ?").param(sourceId()).query(LocalDate.class).single();
        ClaimView view = navigate("claims/" + claim.getId(), ClaimView.class);

        test(view.form.claimDate).setValue(published.minusYears(1));
        test(view.form.save).click();

        ConfirmDialog question = find(ConfirmDialog.class).withClassName("claim-date-question").single();
        assertThat(question.isOpened()).isTrue();
        assertThat(claims.find(claim.getId()).orElseThrow().getClaimDate()).as("not saved before the answer").isNull();
        test(question).confirm();
        assertThat(claims.find(claim.getId()).orElseThrow().getClaimDate()).isEqualTo(published.minusYears(1));

        test(view.form.claimDate).setValue(published);
        test(view.form.save).click();
        assertThat(find(ConfirmDialog.class).withClassName("claim-date-question").exists()).as("the source's own day is fine").isFalse();
        assertThat(claims.find(claim.getId()).orElseThrow().getClaimDate()).isEqualTo(published);
    }

    private long claimId(String text) {
        return jdbc.sql("select id from claim where text = ?").param(text).query(Long.class).single();
    }

    private long sourceId() {
        return jdbc.sql("select min(id) from source").query(Long.class).single();
    }
}
