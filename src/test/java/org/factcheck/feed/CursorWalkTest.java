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

    private static final int PUBLISHED_DURING_THE_WALK = 6;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_walk_returns_every_fact_check_exactly_once_while_new_ones_are_published() throws Exception {
        desk.publish("True"); // so that the desk's account exists before two threads may need it
        Set<Long> publishedBefore = new HashSet<>(jdbc.sql("select claim_id from verdict where status = 'PUBLISHED'")
                .query(Long.class).list());
        Semaphore pageRead = new Semaphore(0);
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        try {
            // Another editor publishes while the reader is between pages, racing the next request.
            Future<List<Long>> publishedDuring = publisher.submit(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < PUBLISHED_DURING_THE_WALK; i++) {
                    pageRead.acquire();
                    ids.add(desk.publish("False").claimId());
                }
                return ids;
            });

            List<Long> walked = new ArrayList<>();
            String next = "/api/v1/fact-checks?limit=7";
            while (next != null) {
                JsonNode page = api.get(next).json();
                page.get("items").forEach(item -> walked.add(item.get("id").asLong()));
                pageRead.release();
                next = page.get("next_cursor").isNull() ? null : "/api/v1/fact-checks?limit=7&cursor=" + page.get("next_cursor").asString();
            }
            pageRead.release(PUBLISHED_DURING_THE_WALK);
            List<Long> newOnes = publishedDuring.get(1, TimeUnit.MINUTES);

            assertThat(walked).doesNotHaveDuplicates().containsAll(publishedBefore);
            assertThat(walked).as("new ones land before the reader's cursor").doesNotContainAnyElementsOf(newOnes);
            assertThat(walked).hasSize(publishedBefore.size());
        } finally {
            publisher.shutdownNow();
        }
    }
}
