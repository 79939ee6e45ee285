package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.base.EditableRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Many reviewers saving the same claim and the same verdict at once, through the real services and
 * database: each save either lands or is refused as a conflict (what the conflict dialog shows), so
 * no one's change is ever silently overwritten.
 */
@AppTest
class ConcurrentEditsTest {

    private static final int REVIEWERS = 16;
    private static final int EDITS_EACH = 5;

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    @Autowired
    Desk desk;

    @Test
    void sixteen_reviewers_editing_one_claims_note_lose_no_update_and_every_conflict_is_reported() throws Exception {
        long claimId = desk.newClaim("concurrent.setup").getId();
        LongFunction<Claim> read = id -> claims.find(id).orElseThrow();

        Outcome outcome = editConcurrently(claimId, read, (claim, token) -> {
            claim.setNote((claim.getNote() == null ? "" : claim.getNote()) + token);
            return claims.save(claim);
        });

        Claim after = as("concurrent.check", Role.REVIEWER, () -> read.apply(claimId));
        outcome.assertExactly(after.getNote(), after);
    }

    @Test
    void sixteen_reviewers_editing_one_draft_verdicts_rationale_lose_no_update_and_every_conflict_is_reported() throws Exception {
        long claimId = desk.draft("concurrent.setup", false).getClaim().getId();
        LongFunction<Verdict> read = id -> verdicts.verdictOnClaim(id).orElseThrow();

        Outcome outcome = editConcurrently(claimId, read, (verdict, token) -> {
            verdict.setRationale(verdict.getRationale() + token);
            return verdicts.save(verdict);
        });

        Verdict after = as("concurrent.check", Role.REVIEWER, () -> read.apply(claimId));
        outcome.assertExactly(after.getRationale(), after);
    }

    /** One edit: appends the token to a field of the record just read, and saves it. */
    private interface Edit<T> {
        T apply(T record, String token);
    }

    /** The tokens of the saves that landed and of those refused as conflicts, and the version before them. */
    private record Outcome(long versionBefore, List<String> saved, List<String> refused) {

        void assertExactly(String text, EditableRecord after) {
            assertThat(saved).as("some saves land").isNotEmpty();
            assertThat(refused).as("the reviewers did collide").isNotEmpty();
            assertThat(saved.size() + refused.size()).isEqualTo(REVIEWERS * EDITS_EACH);
            saved.forEach(token -> assertThat(text).as("a saved change is kept").contains(token));
            refused.forEach(token -> assertThat(text).as("a refused change is not half-kept").doesNotContain(token));
            assertThat(after.getVersion()).as("one version per saved change").isEqualTo(versionBefore + saved.size());
        }
    }

    /**
     * Every reviewer, each signed in as themselves on a thread of their own, reads the record and
     * saves an edit, again and again, all starting at once. A conflict is the only failure allowed:
     * any other exception fails the test.
     */
    private <T extends EditableRecord> Outcome editConcurrently(long claimId, LongFunction<T> read, Edit<T> edit)
            throws Exception {
        long versionBefore = as("concurrent.check", Role.REVIEWER, () -> read.apply(claimId)).getVersion();
        List<String> saved = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        try {
            List<Future<?>> reviewers = new ArrayList<>();
            for (int r = 0; r < REVIEWERS; r++) {
                String reviewer = "concurrent.reviewer." + r;
                reviewers.add(pool.submit(() -> {
                    start.await();
                    for (int e = 0; e < EDITS_EACH; e++) {
                        String token = " [" + reviewer + "#" + e + "]";
                        try {
                            as(reviewer, Role.REVIEWER, () -> edit.apply(read.apply(claimId), token));
                            saved.add(token);
                        } catch (ObjectOptimisticLockingFailureException conflict) {
                            refused.add(token);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> reviewer : reviewers) {
                reviewer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(versionBefore, saved, refused);
    }
}
