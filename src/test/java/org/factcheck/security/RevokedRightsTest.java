package org.factcheck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Pattern;
import org.factcheck.BrowserTest;
import org.factcheck.Colleague;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * F-04: a disabled editor downloaded exports of unpublished claims 29 minutes later, in the UI session it
 * already had. A session ends at once when its account is disabled, and loses rights when it is demoted.
 */
class RevokedRightsTest extends BrowserTest {

    @Autowired
    ReviewerService reviewers;

    @Test
    void a_disabled_editors_session_ends_at_once() {
        Reviewer editor = Colleague.as("admin", Role.ADMIN, () -> AccountFixtures.account(reviewers, Role.EDITOR));
        Page page = signedIn(editor);
        assertThat(export(page, "/reports/fact-checks.csv")).as("the UI's session downloads exports").isEqualTo(200);

        Colleague.as("admin", Role.ADMIN, () -> reviewers.setEnabled(editor.getId(), false));

        assertThat(export(page, "/reports/fact-checks.csv")).isEqualTo(401);
        page.navigate(url("/claims"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        org.factcheck.Browser.screenshot(page, "revoked-rights-back-at-login");
    }

    @Test
    void a_demoted_editors_session_loses_the_editors_rights_at_once() {
        Reviewer editor = Colleague.as("admin", Role.ADMIN, () -> AccountFixtures.account(reviewers, Role.EDITOR));
        Page page = signedIn(editor);
        assertThat(export(page, "/reports/fact-checks.pdf")).isEqualTo(200);

        Colleague.as("admin", Role.ADMIN, () -> {
            Reviewer demoted = reviewers.find(editor.getId()).orElseThrow();
            demoted.setRole(Role.REVIEWER);
            return reviewers.update(demoted);
        });

        assertThat(export(page, "/reports/fact-checks.pdf")).isIn(401, 403);
    }

    private Page signedIn(Reviewer account) {
        Page page = browser.newPage();
        page.navigate(url("/login"));
        signIn(page, account.getUsername(), AccountFixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        return page;
    }

    /** A download with the page's cookies (its session), as the export dialog's link makes it. */
    private int export(Page page, String path) {
        return page.request().get(url(path), RequestOptions.create().setMaxRedirects(0)).status();
    }
}
