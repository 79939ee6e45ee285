package org.factcheck.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.verdict.AwaitingReview;
import org.factcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class MyWorkViewTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    Desk desk;

    @Autowired
    ReviewerService reviewers;

    @Test
    @WithMockUser(username = "mona.mywork", roles = "REVIEWER")
    void a_reviewer_sees_the_claims_assigned_to_them_with_their_verdicts_status_and_no_review_queue() {
        Reviewer mona = as("admin", Role.ADMIN, () -> reviewers.create(new Reviewer("mona.mywork", "Mona", Role.REVIEWER),
                "a-long-enough-password"));
        Verdict draft = desk.draft("mona.mywork", true);
        Claim claim = claims.find(draft.getClaim().getId()).orElseThrow();
        claim.setAssignee(mona);
        claims.save(claim);

        MyWorkView view = navigate(MyWorkView.class);

        @SuppressWarnings("unchecked")
        Grid<ClaimSummary> assigned = find(Grid.class).first();
        assertThat(rows(assigned)).extracting(ClaimSummary::id, ClaimSummary::verdictStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(claim.getId(), "DRAFT"));
        assertThat(view.awaitingReview.isAttached()).isFalse();
    }

    @Test
    @WithMockUser(username = "nils", roles = {"EDITOR", "REVIEWER"})
    void an_editor_also_sees_the_verdicts_waiting_for_review() {
        Verdict inReview = desk.inReview("rita");

        MyWorkView view = navigate(MyWorkView.class);

        assertThat(rows(view.awaitingReview)).extracting(AwaitingReview::claimId).contains(inReview.getClaim().getId());
        assertThat(rows(view.awaitingReview)).filteredOn(waiting -> waiting.claimId() == inReview.getClaim().getId())
                .extracting(AwaitingReview::author).containsExactly("rita");
    }

    private <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow).toList();
    }
}
