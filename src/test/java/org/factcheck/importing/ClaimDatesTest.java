package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.factcheck.source.DatePrecision;
import org.junit.jupiter.api.Test;

/**
 * The date a sentence gives its claim, on sentences of public-domain US government texts
 * (bench/candidates-untuned) and of the seed, with the date their source was published.
 */
class ClaimDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Optional<ClaimDates.Dated> in(String sentence, LocalDate published, DatePrecision precision) {
        return ClaimDates.in(sentence, published, precision, TODAY);
    }

    private static ClaimDates.Dated day(int year, int month, int day) {
        return new ClaimDates.Dated(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    @Test
    void a_day_of_a_month_takes_its_year_from_the_source() {
        assertThat(in("Three U.S. service members were injured in a Katuyusha rocket attack on U.S., coalition and Iraqi "
                + "forces at Camp Taji, Iraq, March 13, Pentagon spokesman Jonathan Rath Hoffman said in a briefing.",
                LocalDate.of(2020, 3, 14), DatePrecision.DAY)).contains(day(2020, 3, 13));
    }

    @Test
    void the_day_the_saying_verb_carries_comes_before_the_day_of_the_event() {
        String sentence = "Two U.S. service members and a British soldier were killed and 14 others were wounded when an "
                + "Iranian-backed Shia militia group in Iraq launched an attack against Camp Taji yesterday, DOD officials said today.";

        assertThat(in(sentence, LocalDate.of(2020, 3, 12), DatePrecision.DAY)).contains(day(2020, 3, 12));
        assertThat(in("The attack was launched yesterday by a militia group.", LocalDate.of(2020, 3, 12), DatePrecision.DAY))
                .contains(day(2020, 3, 11));
    }

    @Test
    void a_full_date_a_month_and_a_year_are_as_precise_as_they_are_written() {
        assertThat(in("Days later, on January 5, 2020, the Iraqi Council of Representatives voted to direct the Iraqi "
                + "government to end operations by international military forces in Iraq.", LocalDate.of(2020, 1, 10),
                DatePrecision.DAY)).contains(day(2020, 1, 5));
        assertThat(in("Tensions increased for months during 2019 as Iran-backed Iraqi militia targeted U.S. and Iraqi "
                + "military and civilian personnel in a series of rocket attacks.", LocalDate.of(2020, 1, 10), DatePrecision.DAY))
                .contains(new ClaimDates.Dated(LocalDate.of(2019, 1, 1), DatePrecision.YEAR));
        assertThat(in("After a rocket attack killed and wounded U.S. contractors in December 2019, President Donald Trump "
                + "cited U.S. concerns about the imminent threat of new attacks.", LocalDate.of(2020, 1, 10), DatePrecision.DAY))
                .contains(new ClaimDates.Dated(LocalDate.of(2019, 12, 1), DatePrecision.MONTH));
        assertThat(in("The two sides met on 23 July 2021 in Washington.", null, DatePrecision.UNKNOWN)).contains(day(2021, 7, 23));
    }

    @Test
    void a_weekday_is_the_last_one_on_or_before_the_source_date() {
        // 12 March 2020 was a Thursday
        assertThat(in("Defense Secretary Mark T. Esper said on Friday that all options were on the table.",
                LocalDate.of(2020, 3, 12), DatePrecision.DAY)).contains(day(2020, 3, 6));
        assertThat(in("Esper said on Friday that all options were on the table.", LocalDate.of(2020, 3, 1), DatePrecision.MONTH))
                .as("a weekday needs the source's day").isEmpty();
    }

    @Test
    void a_deadline_or_the_bound_of_a_period_is_not_when_the_claim_was_made() {
        assertThat(in("Joe Biden said 2,500 US troops would leave Iraq by December 31, 2021.", LocalDate.of(2021, 7, 1),
                DatePrecision.MONTH)).isEmpty();
        assertThat(in("A months-long protest movement has swept central and southern Iraq since October 2019.",
                LocalDate.of(2020, 1, 10), DatePrecision.DAY)).isEmpty();
        assertThat(in("By the end of 2021, Washington and Baghdad will announce the withdrawal of American troops from Iraq.",
                LocalDate.of(2021, 8, 5), DatePrecision.DAY)).isEmpty();
        assertThat(in("The elections will be held on October 10, 2021, the Secretary said.", LocalDate.of(2021, 8, 28),
                DatePrecision.DAY)).as("after the source was published: what the claim is about").isEmpty();
    }

    @Test
    void a_sentence_without_a_date_has_none() {
        assertThat(in("Up to 18 hit the area housing coalition forces who are involved in the mission to train, advise and "
                + "assist.", LocalDate.of(2020, 3, 12), DatePrecision.DAY)).isEmpty();
        assertThat(in("More than 5,000 U.S. military personnel remain in Iraq, and 2,500 of them may leave.",
                LocalDate.of(2020, 1, 10), DatePrecision.DAY)).as("figures are no years").isEmpty();
    }
}
