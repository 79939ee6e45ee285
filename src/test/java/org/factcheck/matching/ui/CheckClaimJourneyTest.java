package org.factcheck.matching.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.factcheck.matching.Eventually.waitUntil;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.matching.ExternalFactChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * In chromium: the menu's Check a claim, a pasted sentence, the desk's claim and another desk's
 * fact-check ranked with their verdicts, and a pair with other figures marked; then the claim page's
 * Same claim elsewhere. Screenshots: check-a-claim.png, same-claim-elsewhere.png.
 */
class CheckClaimJourneyTest extends BrowserTest {

    @Autowired
    ExternalFactChecks externals;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_reviewer_checks_a_sentence_and_sees_who_checked_it_before() {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("erin", null,
                AuthorityUtils.createAuthorityList("ROLE_REVIEWER", "ROLE_EDITOR")));
        try {
            externals.importClaimReviews("""
                    [{"@type": "ClaimReview", "url": "https://www.politifact.example/troops-iraq-2500",
                      "claimReviewed": "The United States keeps 2,500 troops in Iraq after the end of the combat mission",
                      "author": {"name": "PolitiFact", "url": "https://www.politifact.example"},
                      "reviewRating": {"alternateName": "Mostly true"}},
                     {"@type": "ClaimReview", "url": "https://www.politifact.example/troops-iraq-3200",
                      "claimReviewed": "The United States keeps 3,200 troops in Iraq after the end of the combat mission",
                      "author": {"name": "PolitiFact", "url": "https://www.politifact.example"},
                      "reviewRating": {"alternateName": "False"}},
                     {"@type": "ClaimReview", "url": "https://www.politifact.example/kadhimi-prefers-troops",
                      "claimReviewed": "Despite public pressure, al-Kadhimi privately prefers that about 2,500 US soldiers stay in Iraq",
                      "author": {"name": "PolitiFact", "url": "https://www.politifact.example"},
                      "reviewRating": {"alternateName": "Unproven"}}]""".getBytes(StandardCharsets.UTF_8));
        } finally {
            security.clearContext();
        }
        waitUntil("the fact-checks embedded", () -> jdbc.sql("select count(*) from external_fact_check where vector is null").query(Long.class).single() == 0);
        // this machine is shared and slow at times: a minute rather than Playwright's five seconds
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Page page = browser.newPage(1280, 1000);
        page.setDefaultTimeout(60_000);
        signedInAsAdmin(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check a claim")).click();
        page.getByLabel("Sentence to check").fill("The United States keeps 2,500 soldiers in Iraq after the combat mission ends");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();

        assertThat(page.locator(".known-claim").first()).containsText("2,500");
        Browser.screenshot(page, "check-a-claim");
        assertThat(page.locator(".known-claim", new Page.LocatorOptions().setHasText("3,200 troops")))
                .containsText("Similar wording, different numbers");
        assertThat(page.locator(".known-claim", new Page.LocatorOptions().setHasText("keeps 2,500 troops")))
                .containsText("Rated Mostly true by PolitiFact");

        // The claim page suggests only what may state the same claim: the seed's sentence that PolitiFact
        // checked in other words, not the troop counts above, which are about something else.
        long kadhimiPrefers = jdbc.sql("select min(id) from claim where text like 'Despite public pressure, al-Kadhimi privately prefers%'")
                .query(Long.class).single();
        page.navigate(url("/claims/" + kadhimiPrefers));
        assertThat(page.locator(".same-claim")).containsText("Checked by other desks");
        assertThat(page.locator(".same-claim .external-fact-check")).containsText("PolitiFact: Unproven · ");
        assertThat(page.locator(".same-claim")).not().containsText("3,200");
        page.locator(".same-claim").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "same-claim-elsewhere");
    }
}
