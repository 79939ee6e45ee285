package org.factcheck.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.account.ReviewerService;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "REVIEWER"})
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewerService reviewers;

    @Test
    void the_dashboard_counts_claims_by_status_and_lists_the_claims_assigned_to_me() {
        Claim mine = claims.createFromSelection(jdbc.sql("select min(id) from source").query(Long.class).single(),
                0, 15, "A claim assigned to the admin.", CheckWorthiness.HIGH);
        mine.setAssignee(reviewers.findByUsername("admin").orElseThrow());
        claims.save(mine);

        navigate("claims", com.vaadin.flow.component.Component.class); // the dashboard is the landing page: leave it first
        navigate(DashboardView.class);

        long unreviewed = jdbc.sql("select count(*) from claim where status = 'UNREVIEWED'").query(Long.class).single();
        assertThat(find(Div.class).withClassName("tile").all())
                .anyMatch(tile -> tileText(tile).equals(unreviewed + " Unreviewed"));
        // each rating's tile counts the claims whose verdict has that rating, from the verdicts themselves
        List<String> tiles = find(Div.class).withClassName("tile").all().stream().map(this::tileText).toList();
        jdbc.sql("""
                select r.label, count(v.id) as n from rating r left join verdict v on v.rating_id = r.id
                group by r.label order by min(r.position)""")
                .query((row, n) -> row.getLong("n") + " " + row.getString("label")).list()
                .forEach(expected -> assertThat(tiles).contains(expected));
        @SuppressWarnings("unchecked")
        Grid<ClaimSummary> assigned = find(Grid.class).first();
        assertThat(test(assigned).getRow(0).text()).isEqualTo("A claim assigned to the admin.");
    }

    private String tileText(Div tile) {
        return find(Span.class, tile).all().stream().map(Span::getText).reduce((a, b) -> a + " " + b).orElse("");
    }
}
