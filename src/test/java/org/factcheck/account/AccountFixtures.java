package org.factcheck.account;

import java.util.concurrent.atomic.AtomicInteger;

/** Accounts a test makes for itself, each with a username unique to the test run. */
public final class AccountFixtures {

    /** Long enough to be accepted. */
    public static final String PASSWORD = "a long enough passphrase";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private AccountFixtures() {
    }

    /** A username no account has yet: "colleague-7". */
    public static String unusedUsername() {
        return "colleague-" + NEXT.incrementAndGet();
    }

    /** An account not saved yet, with an email address. */
    public static Reviewer newAccount(Role role) {
        String username = unusedUsername();
        Reviewer reviewer = new Reviewer(username, "Colleague " + username.substring(username.indexOf('-') + 1), role);
        reviewer.setEmail(username + "@example.org");
        return reviewer;
    }

    /** An account, saved with {@link #PASSWORD}. */
    public static Reviewer account(ReviewerService reviewers, Role role) {
        return reviewers.create(newAccount(role), PASSWORD);
    }
}
