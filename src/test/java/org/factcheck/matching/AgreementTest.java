package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void millions_and_billions_are_different_numbers() {
        assertThat(Agreement.between("The bill costs 350 million dollars", "The bill costs 350 billion dollars"))
                .isEqualTo(Agreement.DIFFERENT_NUMBERS);
    }

    @Test
    void two_troop_counts_are_different_numbers() {
        assertThat(Agreement.between("2,500 US troops remain in Iraq", "3,200 US troops remain in Iraq"))
                .isEqualTo(Agreement.DIFFERENT_NUMBERS);
    }

    @Test
    void the_same_figure_written_two_ways_agrees_and_one_sentence_may_say_more() {
        assertThat(Agreement.between("There are currently 2,500 US troops stationed in Iraq",
                "About 2500 US troops were stationed in Iraq in mid-2021.")).isEqualTo(Agreement.SAME_DETAILS);
    }

    @Test
    void different_years_are_different_dates() {
        assertThat(Agreement.between("The mission ends in 2021", "The mission ends in 2022"))
                .isEqualTo(Agreement.DIFFERENT_DATES);
    }

    @Test
    void different_people_are_different_names() {
        assertThat(Agreement.between("Vaccines were approved by President Biden", "Vaccines were approved by President Trump"))
                .isEqualTo(Agreement.DIFFERENT_NAMES);
    }

    @Test
    void names_agree_when_one_sentence_names_more_and_web_addresses_do_not_count() {
        assertThat(Agreement.between("The troops in Iraq go home https://t.co/x1 @Reporter", "Troops of the Pentagon leave Iraq"))
                .isEqualTo(Agreement.SAME_DETAILS);
    }

    @Test
    void percentages_are_numbers_of_their_own() {
        assertThat(Agreement.between("Unemployment fell by 5%", "Unemployment fell by 5 percent")).isEqualTo(Agreement.SAME_DETAILS);
        assertThat(Agreement.between("Unemployment fell by 5%", "Unemployment fell by 7 per cent"))
                .isEqualTo(Agreement.DIFFERENT_NUMBERS);
    }
}
