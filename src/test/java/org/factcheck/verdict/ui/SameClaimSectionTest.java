package org.factcheck.verdict.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.factcheck.AppTest;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClusterFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The "Same claim elsewhere" section of the claim page, without a browser: the seed's published verdict
 * on "About 2,500 US troops…" seen from a claim repeating it in another sentence, once a reviewer
 * confirms the two are the same.
 */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class SameClaimSectionTest extends SpringBrowserlessTest {

    static final String SEEDED = "About 2,500 US troops were stationed in Iraq in mid-2021.";
    static final String AGAIN = "Although the Pentagon says there are currently 2,500 US troops stationed in Iraq";

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_confirmed_suggestion_shows_the_clusters_published_verdict_and_each_page_lists_the_other() {
        Claim again = ClusterFixtures.claimQuoting(claims, jdbc, "002_93a72a21d3ae996a.txt", AGAIN);
        long seeded = ClusterFixtures.claimId(jdbc, SEEDED);
        navigate("claims/" + again.getId(), com.vaadin.flow.component.Component.class);
        assertThat(find(Div.class).withClassName("cluster-verdict").all()).isEmpty();

        test(find(Button.class).withAttribute("aria-label", "Confirm: the same claim as “" + SEEDED + "”").single()).click();

        Div verdict = find(Div.class).withClassName("cluster-verdict").single();
        assertThat(verdict.getElement().getTextRecursively()).startsWith("Verdict on a claim in this cluster: True — ");
        assertThat(find(Anchor.class, verdict).single().getHref()).isEqualTo("claims/" + seeded);
        assertThat(clusterClaimLinks()).contains("claims/" + seeded);
        assertThat(find(Div.class).withClassName("cluster-claim").all())
                .anySatisfy(item -> assertThat(item.getElement().getTextRecursively()).contains(SEEDED, "True · Published"));

        navigate("claims/" + seeded, com.vaadin.flow.component.Component.class);
        assertThat(clusterClaimLinks()).contains("claims/" + again.getId());
        assertThat(find(Div.class).withClassName("cluster-verdict").all()).as("it has a verdict of its own").isEmpty();
        assertThat(find(Div.class).withClassName("cluster-claim").all())
                .anySatisfy(item -> assertThat(item.getElement().getTextRecursively()).contains(AGAIN, "No verdict yet"));
    }

    @Test
    void a_rejected_suggestion_leaves_the_page_and_does_not_come_back() {
        Claim again = ClusterFixtures.claimQuoting(claims, jdbc, "002_93a72a21d3ae996a.txt", AGAIN);
        navigate("claims/" + again.getId(), com.vaadin.flow.component.Component.class);
        String rejectSeeded = "Reject: not the same claim as “" + SEEDED + "”";

        test(find(Button.class).withAttribute("aria-label", rejectSeeded).single()).click();

        assertThat(find(Button.class).withAttribute("aria-label", rejectSeeded).all()).isEmpty();
        navigate("claims/" + again.getId(), com.vaadin.flow.component.Component.class);
        assertThat(find(Button.class).withAttribute("aria-label", rejectSeeded).all()).isEmpty();
        assertThat(clusterClaimLinks()).isEmpty();
    }

    private java.util.List<String> clusterClaimLinks() {
        return find(Div.class).withClassName("cluster-claim").all().stream()
                .map(item -> find(Anchor.class, item).all().getFirst().getHref()).toList();
    }
}
