package org.factcheck.verdict;

import static org.factcheck.Colleague.as;

import org.factcheck.account.Role;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fixtures of the workflow and history tests: fresh claims and verdicts, made by the people a
 * test names, through the services the views use. A bean of the test application: tests autowire it.
 */
@Component
public class Desk {

    private final ClaimService claims;
    private final VerdictService verdicts;
    private final JdbcClient jdbc;

    Desk(ClaimService claims, VerdictService verdicts, JdbcClient jdbc) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.jdbc = jdbc;
    }

    public Claim newClaim(String by) {
        long sourceId = jdbc.sql("select min(id) from source").query(Long.class).single();
        return as(by, Role.REVIEWER, () -> claims.createFromSelection(sourceId, 0, 12,
                "A claim for the workflow tests " + unique(), CheckWorthiness.MEDIUM));
    }

    /** A draft on a new claim, written by {@code author}, with one item of evidence or none. */
    public Verdict draft(String author, boolean withEvidence) {
        Claim claim = newClaim(author);
        return as(author, Role.REVIEWER, () -> {
            Verdict draft = verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(),
                    "The record says otherwise " + unique() + ".");
            draft.setHeadline("The record says otherwise");
            draft = verdicts.save(draft);
            if (withEvidence) {
                verdicts.saveEvidence(draft, Evidence.fromWeb(Stance.REFUTES, "https://example.org/record",
                        "The record", "Example Gazette", null, null, "It did not happen " + unique() + "."));
            }
            return reload(draft);
        });
    }

    /** A draft by {@code author}, with evidence, submitted for review. */
    public Verdict inReview(String author) {
        Verdict draft = draft(author, true);
        return as(author, Role.REVIEWER, () -> reload(verdicts.submitForReview(draft, "Ready for a second look.")));
    }

    /** A verdict by {@code author}, published by {@code editor}. */
    public Verdict published(String author, String editor) {
        Verdict inReview = inReview(author);
        return as(editor, Role.EDITOR, () -> reload(verdicts.publish(inReview, "Checked every source.")));
    }

    /**
     * Words no other record has: the database is shared with every other test, and some of them
     * check that what is not published never shows, word for word.
     */
    private static String unique() {
        return "(" + System.nanoTime() + ")";
    }

    public Verdict reload(Verdict verdict) {
        return verdicts.verdictOnClaim(verdict.getClaim().getId()).orElseThrow();
    }
}
