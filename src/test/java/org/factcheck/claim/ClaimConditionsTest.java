package org.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The grid's filter as SQL works over the claim table under whatever alias a query gives it. */
@AppTest
class ClaimConditionsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_condition_is_written_in_the_alias_the_query_names_and_selects_what_it_selects_under_another() {
        long claimant = jdbc.sql("select claimant_id from claim where claimant_id is not null order by id limit 1")
                .query(Long.class).single();
        List<ClaimFilter> filters = List.of(ClaimFilter.none(), ClaimFilter.withText("a"), ClaimFilter.withStatus(ClaimStatus.PUBLISHED),
                ClaimFilter.withRating("False"), ClaimFilter.assignedTo("seed"),
                new ClaimFilter(null, null, null, claimant, null, null, null, null, null),
                new ClaimFilter("e", null, null, claimant, 1L, CheckWorthiness.HIGH, "nobody", LocalDate.of(2000, 1, 1),
                        LocalDate.of(2100, 1, 1)));

        for (ClaimFilter filter : filters) {
            ClaimConditions underC = ClaimConditions.of(filter, "c");
            ClaimConditions underAnother = ClaimConditions.of(filter, "listed");

            assertThat(underAnother.where()).as(filter.toString()).doesNotContain("c.");
            assertThat(count("select count(*) from claim listed " + underAnother.where(), underAnother))
                    .as(filter.toString()).isEqualTo(count("select count(*) from claim c " + underC.where(), underC));
        }
        assertThat(count("select count(*) from claim c " + ClaimConditions.of(ClaimFilter.none(), "c").where(),
                ClaimConditions.of(ClaimFilter.none(), "c"))).isPositive();
    }

    private long count(String sql, ClaimConditions conditions) {
        return jdbc.sql(sql).params(conditions.parameters()).query(Long.class).single();
    }
}
