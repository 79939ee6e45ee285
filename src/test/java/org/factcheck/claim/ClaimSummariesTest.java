package org.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grid's two ways to a text filter's page, through the real database: sorted from all the matches
 * (few of them) or walked along the order's index (many). At the seed's size the app always sorts the
 * matches, so this reads every page of both, by key, and they must be the same claims in the same order.
 */
@AppTest
class ClaimSummariesTest {

    private static final int PAGE = 3;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_text_filter_pages_the_same_claims_whether_its_matches_are_sorted_or_its_order_walked() {
        List<ClaimFilter> filters = List.of(ClaimFilter.withText("iraq"), ClaimFilter.withText("troops"),
                new ClaimFilter("iraq", ClaimStatus.PUBLISHED, null, null, null, null, null, null, null));
        List<Sort> sorts = new ArrayList<>(List.of(Sort.unsorted()));
        for (String column : List.of("text", "claimDate", "status", "checkWorthiness", "rating", "updatedAt", "dueDate")) {
            sorts.add(Sort.by(column));
            sorts.add(Sort.by(Sort.Order.desc(column)));
        }
        for (ClaimFilter filter : filters) {
            List<Long> matching = jdbc.sql("select id from claim where text ilike :text")
                    .param("text", "%" + filter.text() + "%").query(Long.class).list();
            for (Sort sort : sorts) {
                List<Long> sorted = everyPage(filter, sort, true);
                List<Long> walked = everyPage(filter, sort, false);
                assertThat(sorted).as("%s by %s", filter, sort).isNotEmpty().isEqualTo(walked).doesNotHaveDuplicates();
                if (filter.status() == null) {
                    assertThat(sorted).as("%s by %s", filter, sort).containsExactlyInAnyOrderElementsOf(matching);
                }
            }
        }
    }

    @Test
    void sorting_by_the_status_a_filter_holds_to_one_value_is_the_order_of_ids() {
        ClaimFilter published = ClaimFilter.withStatus(ClaimStatus.PUBLISHED);
        List<Long> ids = jdbc.sql("select id from claim where status = 'PUBLISHED' order by id").query(Long.class).list();

        assertThat(everyPage(published, Sort.by("status"), false)).isNotEmpty().isEqualTo(ids);
        assertThat(everyPage(published, Sort.by(Sort.Order.desc("status")), false)).isEqualTo(ids.reversed());
    }

    @Test
    void the_claims_of_any_one_status_sorted_by_rating_come_in_the_order_of_their_ratings() {
        // for a status set by hand (no verdict, no rating) the grid walks the ids: the same order
        for (ClaimStatus status : ClaimStatus.values()) {
            ClaimFilter filter = ClaimFilter.withStatus(status);
            List<Long> ascending = jdbc.sql("""
                    select id from claim where status = :status order by coalesce(rating_position, 2147483647), id
                    """).param("status", status.name()).query(Long.class).list();
            List<Long> descending = jdbc.sql("""
                    select id from claim where status = :status order by coalesce(rating_position, 0) desc, id desc
                    """).param("status", status.name()).query(Long.class).list();

            assertThat(everyPage(filter, Sort.by("rating"), false)).as("%s by rating", status).isEqualTo(ascending);
            assertThat(everyPage(filter, Sort.by(Sort.Order.desc("rating")), false)).as("%s by rating, descending", status)
                    .isEqualTo(descending);
        }
        assertThat(jdbc.sql("""
                select count(distinct rating_position) from claim where status = 'PUBLISHED'
                """).query(Long.class).single()).as("published claims of several ratings in the seed").isGreaterThan(1);
    }

    private List<Long> everyPage(ClaimFilter filter, Sort sort, boolean sortMatches) {
        List<Long> ids = new ArrayList<>();
        ClaimPage.Key after = null;
        while (true) {
            ClaimSummaries.Query query = ClaimSummaries.query(filter, sort, after, 0, PAGE, sortMatches);
            List<ClaimPage.Key> page = jdbc.sql(query.sql()).params(query.parameters())
                    .query((row, n) -> ClaimSummaries.keyOf(row)).list();
            page.forEach(key -> ids.add(key.id()));
            if (page.size() < PAGE) {
                return ids;
            }
            after = page.getLast();
        }
    }
}
