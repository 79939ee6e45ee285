package org.factcheck.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.factcheck.AppTest;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimCount;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimScroll;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.factcheck.verdict.Desk;
import org.factcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/** The claims grid at any depth: pages read by key, the entity filter's two ways, counts, ratings not yet final. */
@AppTest
@WithMockUser(username = "reviewer", roles = "REVIEWER")
class ClaimsGridTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    EntityService entities;

    @Autowired
    Desk desk;

    @Test
    void scrolling_page_by_page_in_every_order_gives_the_whole_list_once_in_order() {
        String marker = "Keyset " + System.nanoTime();
        for (int n = 0; n < 7; n++) {
            Claim claim = new Claim(marker + " claim " + (char) ('g' - n));
            claim.setClaimDate(n == 3 ? null : LocalDate.of(2021, 1, 1 + n % 4));
            claims.save(claim);
        }
        ClaimFilter filter = ClaimFilter.withText(marker);
        for (Sort sort : List.of(Sort.unsorted(), Sort.by("text"), Sort.by(Sort.Order.desc("text")), Sort.by("claimDate"),
                Sort.by(Sort.Order.desc("claimDate")), Sort.by("status"), Sort.by(Sort.Order.desc("rating")))) {
            List<Long> whole = claims.list(filter, PageRequest.of(0, 50, sort)).stream().map(ClaimSummary::id).toList();
            ClaimScroll scroll = new ClaimScroll(claims);
            List<Long> scrolled = new ArrayList<>();
            for (int offset = 0; offset < 9; offset += 3) {
                scroll.page(filter, sort, offset, 3).forEach(claim -> scrolled.add(claim.id()));
            }
            assertThat(scrolled).as(sort.toString()).hasSize(7).isEqualTo(whole);
        }
        List<String> byDateNewestFirst = claims.list(filter, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("claimDate"))))
                .stream().map(claim -> String.valueOf(claim.claimDate())).toList();
        assertThat(byDateNewestFirst).as("undated claims come last in both directions").last().isEqualTo("null");
    }

    @Test
    void a_claim_added_above_while_scrolling_does_not_show_twice() {
        String marker = "Scrolling " + System.nanoTime();
        IntStream.range(0, 4).forEach(n -> claims.save(new Claim(marker + " " + (char) ('m' + n))));
        ClaimFilter filter = ClaimFilter.withText(marker);
        ClaimScroll scroll = new ClaimScroll(claims);

        List<ClaimSummary> first = scroll.page(filter, Sort.by("text"), 0, 2);
        claims.save(new Claim(marker + " a, added meanwhile"));
        List<ClaimSummary> second = scroll.page(filter, Sort.by("text"), 2, 2);

        assertThat(first).extracting(ClaimSummary::text).containsExactly(marker + " m", marker + " n");
        assertThat(second).extracting(ClaimSummary::text).containsExactly(marker + " o", marker + " p");
    }

    @Test
    void a_claim_both_made_by_and_mentioning_an_entity_is_listed_once_under_it() {
        NamedEntity entity = entities.save(new NamedEntity(EntityType.PERSON, "Grid Person " + System.nanoTime()));
        String marker = "Entity filter " + System.nanoTime();
        Claim both = new Claim(marker + " made by and about them");
        both.setClaimant(entity);
        both.mention(entity);
        claims.save(both);
        Claim mentioned = new Claim(marker + " about them");
        mentioned.mention(entity);
        claims.save(mentioned);
        Claim made = new Claim(marker + " made by them");
        made.setClaimant(entity);
        claims.save(made);
        claims.save(new Claim(marker + " nothing to do with them"));

        ClaimFilter filter = new ClaimFilter(marker, null, null, entity.getId(), null, null, null, null, null);
        assertThat(new ClaimScroll(claims).page(filter, Sort.by("text"), 0, 50)).extracting(ClaimSummary::text)
                .containsExactly(marker + " about them", marker + " made by and about them", marker + " made by them");
        assertThat(claims.count(filter)).isEqualTo(new ClaimCount(3, true));
    }

    @Test
    void the_grid_marks_a_draft_rating_and_counts_what_the_filter_selects() {
        Verdict draft = desk.draft("alice", false);
        ClaimsView view = navigate(ClaimsView.class);

        test(view.filters.text).setValue(claims.find(draft.getClaim().getId()).orElseThrow().getText());

        assertThat(view.count.getText()).isEqualTo("1 claim");
        ClaimSummary row = test(view.grid).getRow(0);
        assertThat(row.status().name()).isEqualTo("DRAFT_VERDICT");
        assertThat(ClaimGrid.rating(row).getElement().getTextRecursively()).isEqualTo("False draft");
    }

    @Test
    void a_large_count_is_shown_as_an_estimate_with_two_significant_digits() {
        assertThat(new ClaimCount(883_412, false).shown()).isEqualTo("about 880,000");
        assertThat(new ClaimCount(1_000_087, false).shown()).isEqualTo("about 1,000,000");
        assertThat(new ClaimCount(9_999, true).shown()).isEqualTo("9,999");
    }
}
