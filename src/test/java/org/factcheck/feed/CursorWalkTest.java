package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Walking the list page by page while the desk keeps publishing. */
class CursorWalkTest extends ApiTest {

    private static final int PUBLISHED_DURING_THE_WALK = 3;
    private static final int PAGE = 3;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_walk_returns_every_fact_check_exactly_once_while_new_ones_are_published() throws Exception {
        desk.publish("True"); // so that the desk's account exists before two threads may need it
        Set<Long> publishedBefore = new HashSet<>(jdbc.sql("select claim_id from verdict where status = 'PUBLISHED'")
                .query(Long.class).list());
        assertThat(publishedBefore).as("enough for more pages than publications").hasSizeGreaterThan(PAGE * (PUBLISHED_DURING_THE_WALK + 1));
        Semaphore pageRead = new Semaphore(0);
        Semaphore published = new Semaphore(0);
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        try {
            // Another editor publishes between the reader's pages: after each of the first pages, the
            // reader asks for the next one only once that publication has committed, so every one of
            // them lands in the middle of the walk (a walk that won the race would prove nothing).
            Future<List<Long>> publishedDuring = publisher.submit(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < PUBLISHED_DURING_THE_WALK; i++) {
                    pageRead.acquire();
                    ids.add(desk.publish("False").claimId());
                    published.release();
                }
                return ids;
            });

            List<Long> walked = new ArrayList<>();
            int pages = 0;
            String next = "/api/v1/fact-checks?limit=" + PAGE;
            while (next != null) {
                JsonNode page = api.get(next).json();
                page.get("items").forEach(item -> walked.add(item.get("id").asLong()));
                next = page.get("next_cursor").isNull() ? null
                        : "/api/v1/fact-checks?limit=" + PAGE + "&cursor=" + page.get("next_cursor").asString();
                if (next != null && pages++ < PUBLISHED_DURING_THE_WALK) {
                    pageRead.release();
                    assertThat(published.tryAcquire(1, TimeUnit.MINUTES)).as("published between pages").isTrue();
                }
            }
            List<Long> newOnes = publishedDuring.get(1, TimeUnit.MINUTES);

            assertThat(newOnes).as("every publication landed during the walk").hasSize(PUBLISHED_DURING_THE_WALK);
            assertThat(walked).doesNotHaveDuplicates().containsAll(publishedBefore);
            assertThat(walked).as("new ones land before the reader's cursor").doesNotContainAnyElementsOf(newOnes);
            assertThat(walked).hasSize(publishedBefore.size());
        } finally {
            publisher.shutdownNow();
        }
    }
}
