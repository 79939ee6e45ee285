package org.factcheck.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Colleague;
import org.factcheck.Desk;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two reviewers in two browsers: one comments on a claim and mentions the other, picked from the list;
 * the other's bell counts it at once, pushed to the open tab with no reload; the notification leads to the
 * claim, where the comment reads as plain text. Screenshots: comments.png, notification-bell.png, notifications.png.
 */
class MentionJourneyTest extends BrowserTest {

    @Autowired Desk desk;
    @Autowired ReviewerService reviewers;

    @Test
    void a_mention_reaches_the_colleagues_open_tab_live() {
        Reviewer writer = Colleague.as("admin", Role.ADMIN, () -> AccountFixtures.account(reviewers, Role.REVIEWER));
        Reviewer reader = Colleague.as("admin", Role.ADMIN, () -> AccountFixtures.account(reviewers, Role.REVIEWER));
        Claim claim = desk.newClaim(writer.getUsername());
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

        Page theirs = browser.newPage(1280, 800);
        theirs.setDefaultTimeout(30_000);
        signInAs(theirs, reader);
        Locator bell = theirs.locator(".notification-bell");
        assertThat(bell).hasAttribute("aria-label", "Notifications: none unread");

        Page mine = browser.newPage(1280, 1000);
        mine.setDefaultTimeout(30_000);
        signInAs(mine, writer);
        mine.navigate(url("/claims/" + claim.getId()));
        Locator comments = mine.locator(".comments");
        comments.getByLabel("Comment").fill("Can you find the ministry's table? <b>not bold</b> https://stats.example/table-3");
        comments.getByLabel("Mention").click();
        mine.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(reader.getDisplayName() + " (@" + reader.getUsername() + ")")).click();
        assertThat(comments.getByLabel("Comment")).hasValue(java.util.regex.Pattern.compile(".*@" + reader.getUsername() + " $"));
        comments.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post comment")).click();
        Locator posted = comments.locator(".comment").last();
        assertThat(posted.locator(".comment-body")).containsText("<b>not bold</b>");
        assertThat(posted.locator(".comment-body b")).hasCount(0);
        assertThat(posted.locator(".comment-body a[href='https://stats.example/table-3']")).hasAttribute("rel", "noopener noreferrer nofollow");
        Browser.screenshot(mine, "comments");

        assertThat(bell.locator(".unread-count")).hasText("1");
        assertThat(bell).hasAttribute("aria-label", "Notifications: 1 unread");
        Browser.screenshot(theirs, "notification-bell");

        bell.click();
        Locator notification = theirs.locator(".notification.unread").first();
        assertThat(notification).containsText(writer.getUsername() + " mentioned you");
        Browser.screenshot(theirs, "notifications");
        notification.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark read")).click();
        assertThat(bell).hasAttribute("aria-label", "Notifications: none unread");
        theirs.locator(".notification").first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the claim")).click();
        assertThat(theirs.locator(".comments .comment-body").last()).containsText("Can you find the ministry's table?");
        mine.close();
        theirs.close();
    }

    private void signInAs(Page page, Reviewer reviewer) {
        page.navigate(url("/login"));
        signIn(page, reviewer.getUsername(), AccountFixtures.PASSWORD);
        assertThat(page.getByText(reviewer.getUsername() + " · " + reviewer.getRole().name())).isVisible();
    }
}
