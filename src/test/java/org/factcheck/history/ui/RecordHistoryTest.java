package org.factcheck.history.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.IntStream;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.history.ChangeKind;
import org.factcheck.history.FieldChange;
import org.factcheck.history.RecordRevision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The History section of the claim page: every revision, and a chosen one's changes field by field. */
@AppTest
@WithMockUser(username = "kim", roles = "REVIEWER")
class RecordHistoryTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    Desk desk;

    @Test
    void the_claim_page_lists_every_revision_and_shows_what_a_chosen_one_changed() {
        Claim claim = desk.newClaim("kim");
        String before = claim.getText();
        as("lena", Role.REVIEWER, () -> {
            Claim current = claims.find(claim.getId()).orElseThrow();
            current.setText("A sharper wording by a second reviewer.");
            return claims.save(current);
        });

        navigate("claims/" + claim.getId(), Component.class);
        RecordHistory section = find(RecordHistory.class).single();
        List<RecordRevision> rows = rows(section.revisions);
        assertThat(rows).extracting(RecordRevision::record, RecordRevision::reviewer, RecordRevision::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Claim " + claim.getId(), "lena", ChangeKind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("Appearance " + claim.getAppearances().getFirst().getId(), "kim", ChangeKind.ADDED),
                        org.assertj.core.groups.Tuple.tuple("Claim " + claim.getId(), "kim", ChangeKind.ADDED));

        test(section.revisions).select(0);

        assertThat(section.from.getValue()).isEqualTo(rows.get(2));
        assertThat(section.to.getValue()).isEqualTo(rows.get(0));
        assertThat(rows(section.changes)).containsExactly(new FieldChange("Text", before, "A sharper wording by a second reviewer."));

        test(section.from).selectItem(null);
        assertThat(rows(section.changes)).extracting(FieldChange::field).contains("Text", "Status", "Check worthiness");
    }

    private <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow).toList();
    }
}
