package org.factcheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.factcheck.Colleague.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.QuoteAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Four eyes, end to end in chromium: a reviewer drafts a verdict, another person, an editor, publishes it. */
class WorkflowJourneyTest extends BrowserTest {

    private static final String CLAIM = "The Iraqi delegation in Washington was led by Foreign Minister Fuad Hussein.";

    @Autowired
    ReviewerService reviewers;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_reviewer_drafts_and_submits_a_verdict_and_another_editor_publishes_it() {
        Reviewer alice = as("admin", Role.ADMIN, () -> reviewers.create(new Reviewer("alice.journey", "Alice Reviewer",
                Role.REVIEWER), AccountFixtures.PASSWORD));
        as("admin", Role.ADMIN, () -> reviewers.create(new Reviewer("bob.journey", "Bob Editor", Role.EDITOR), AccountFixtures.PASSWORD));
        long claimId = assignedClaim(alice);

        Page reviewer = signedIn("alice.journey");
        openMyWork(reviewer);
        reviewer.getByText(CLAIM).click();
        assertThat(reviewer).hasURL(Pattern.compile(".*/claims/" + claimId + "$"));
        choose(reviewer, "Rating", "True");
        reviewer.getByLabel("Rationale").fill("The State Department's joint statement names him as head of the delegation.");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start draft verdict")).click();
        reviewer.getByLabel("Headline").fill("The joint statement names him head of the delegation");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save verdict")).click();
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add evidence")).click();
        reviewer.getByText("A web page").click();
        reviewer.getByLabel("Web address").fill("https://www.state.gov/joint-statement-on-the-u-s-iraq-strategic-dialogue-2/");
        reviewer.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        reviewer.getByLabel("Publisher").fill("U.S. Department of State");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save evidence")).click();
        assertThat(reviewer.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))).hasCount(0);
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        inDialog(reviewer).getByLabel("Comment (optional)").fill("Second source still to come if you want one.");
        inDialog(reviewer).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(reviewer.locator(".verdict-status")).hasText("In review");

        Page editor = signedIn("bob.journey", 1280, 2400);
        openMyWork(editor);
        Locator waiting = editor.locator(".dashboard-view vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(CLAIM));
        assertThat(waiting).hasCount(1);
        Browser.screenshot(editor, "my-work-editor");
        waiting.click();
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        inDialog(editor).getByLabel("Comment (optional)").fill("Checked against the statement itself.");
        inDialog(editor).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();

        assertThat(editor.locator(".verdict-status")).hasText("Published");
        assertThat(editor.locator(".verdict-header .provenance")).containsText("approved and published by bob.journey");
        assertThat(editor.locator(".timeline-entry")).hasText(new Pattern[] {Pattern.compile("Drafted · alice\\.journey.*"),
                Pattern.compile("Submitted for review · alice\\.journey.*Second source still to come.*"),
                Pattern.compile("Published · bob\\.journey.*Checked against the statement itself\\.")});
        assertThat(editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Correct…"))).isVisible();
        editor.locator(".record-history vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("bob.journey"))
                .first().click();
        assertThat(editor.locator(".history-comparison")).isVisible();
        assertThat(editor.locator(".history-comparison vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("In review"))).not().hasCount(0);
        Browser.screenshot(editor, "claim-workflow-and-history");

        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activity")).click();
        editor.getByLabel("Reviewer").fill("bob.journey");
        editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("bob.journey")).click();
        assertThat(editor.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true))
                .filter(new Locator.FilterOptions().setHasText("alice.journey"))).hasCount(0);
        assertThat(editor.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Verdict "))
                .first()).isVisible();
        editor.waitForTimeout(300);
        Browser.screenshot(editor, "activity");
    }

    private long assignedClaim(Reviewer alice) {
        Source source = as("admin", Role.ADMIN, () -> sources.find(jdbc.sql(
                "select id from source where title = 'Iraq Returns to the Deadly Embrace of the US'").query(Long.class).single())
                .orElseThrow());
        QuoteAnchor sentence = ((QuoteAnchor.Found) QuoteAnchor.locate(source.getFullText(),
                "Iraqi Foreign Minister Fuad Hussein, who was recently in Washington")).anchor();
        return as("admin", Role.ADMIN, () -> {
            Claim claim = claims.createFromSelection(source.getId(), sentence.start(), sentence.end(), CLAIM,
                    CheckWorthiness.HIGH);
            claim.setAssignee(alice);
            return claims.save(claim).getId();
        });
    }

    private static void openMyWork(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
    }

    private static Locator inDialog(Page page) {
        return page.getByRole(AriaRole.DIALOG);
    }

    private Page signedIn(String username) {
        return signedIn(username, 1280, 800);
    }

    /** Tall pages show the whole claim page, workflow and history, in one screenshot. */
    private Page signedIn(String username, int width, int height) {
        Page page = browser.newPage(width, height);
        page.navigate(url("/login"));
        signIn(page, username, AccountFixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        return page;
    }

    private static void choose(Page page, String selectLabel, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(selectLabel)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }
}
