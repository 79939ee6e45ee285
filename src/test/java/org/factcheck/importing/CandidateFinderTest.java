package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factcheck.entity.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Sentences and scores on texts written for these tests in the manner of public-domain US
 * government releases (a State Department readout, a Pentagon statement) and of wire copy and
 * encyclopedia leads; no database, so no known names: every name is unknown here.
 */
class CandidateFinderTest {

    @Test
    void initials_and_titles_do_not_end_a_sentence() {
        List<String> sentences = sentences("Secretary of State Antony J. Blinken and Foreign Minister Fuad Hussein co-chaired "
                + "the meeting on July 23, 2021. President Joseph R. Biden, Jr. met Prime Minister al-Kadhimi at the "
                + "White House. Gen. Kenneth F. McKenzie said the U.S. Embassy in Baghdad was attacked 3 times.");

        assertThat(sentences).containsExactly(
                "Secretary of State Antony J. Blinken and Foreign Minister Fuad Hussein co-chaired the meeting on July 23, 2021.",
                "President Joseph R. Biden, Jr. met Prime Minister al-Kadhimi at the White House.",
                "Gen. Kenneth F. McKenzie said the U.S. Embassy in Baghdad was attacked 3 times.");
    }

    @Test
    void a_citation_marker_ends_the_sentence_before_it_and_is_not_quoted() {
        List<String> sentences = sentences("The PMF was formed in June 2014 after a fatwa by Ali al-Sistani.[2]In 2016 the "
                + "parliament made it part of the armed forces, with 128,000 fighters.[3][4] It reports to the prime minister.");

        assertThat(sentences).containsExactly("The PMF was formed in June 2014 after a fatwa by Ali al-Sistani.",
                "In 2016 the parliament made it part of the armed forces, with 128,000 fighters.",
                "It reports to the prime minister.");
    }

    @Test
    void decimals_and_quotes_stay_inside_their_sentence() {
        List<String> sentences = sentences("Unemployment rose to 13.7 percent in 2021, the ministry said. \"We will not "
                + "leave,\" the minister said. \"Who asked them to come?\" he added.");

        assertThat(sentences).containsExactly("Unemployment rose to 13.7 percent in 2021, the ministry said.",
                "\"We will not leave,\" the minister said.", "\"Who asked them to come?\" he added.");
    }

    @Test
    void a_dateline_is_cut_off_the_first_sentence() {
        List<String> sentences = sentences("BAGHDAD, July 26 (Reuters) - Iraq said 2,500 US troops would leave by December.");

        assertThat(sentences).containsExactly("Iraq said 2,500 US troops would leave by December.");
    }

    @Test
    void bylines_captions_credits_and_embedded_post_signatures_of_a_plain_text_are_no_candidates() {
        String text = """
                By Jane Smith

                Photo: US soldiers at Ain al-Asad air base in 2020.

                — Mustafa Al-Kadhimi (@MAKadhimi) July 29, 2021

                The Pentagon said 31 rockets struck the base, killing one contractor and injuring four soldiers.
                """;

        assertThat(CandidateFinder.in(text, List.of(), "en", List.of())).extracting(CandidateFinder.Candidate::sentence)
                .containsExactly("The Pentagon said 31 rockets struck the base, killing one contractor and injuring four soldiers.");
    }

    @Test
    void captions_tables_and_navigation_of_an_html_page_are_no_candidates() {
        DocumentText.Reduced page = DocumentText.htmlToText("""
                <nav><a href="/">Home</a> <a href="/world">World news from 2021 in 5 regions</a></nav>
                <article><p>The United States will end its combat mission in Iraq by December 31, 2021, officials said.</p>
                <figure><img src="x.jpg"><figcaption>President Biden meets Prime Minister al-Kadhimi on July 26, 2021.</figcaption></figure>
                <table class="infobox"><tr><td>Founded in June 2014 by 12 militias</td></tr></table></article>
                """);

        assertThat(CandidateFinder.in(page.text(), page.blocks(), "en", List.of())).extracting(CandidateFinder.Candidate::sentence)
                .containsExactly("The United States will end its combat mission in Iraq by December 31, 2021, officials said.");
    }

    @Test
    void every_figure_of_a_casualty_sentence_counts_and_nationalities_count() {
        CandidateFinder.Candidate casualties = only("On March 3, 31 rockets hit the Ain al-Asad base, killed one American "
                + "contractor and injured four Iraqi soldiers.");

        assertThat(casualties.reasons()).anyMatch(reason -> reason.contains("31") && reason.contains("four"))
                .anyMatch(reason -> reason.contains("American") && reason.contains("Iraqi"));
        assertThat(casualties.score()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void a_question_and_an_opinion_score_below_the_statement_of_the_same_facts() {
        double statement = only("The Pentagon said 2,500 US troops would stay in Iraq in 2021.").score();
        double question = score("Will 2,500 US troops really stay in Iraq in 2021, as the Pentagon says?");
        double opinion = score("I think the Pentagon should keep 2,500 US troops in Iraq in 2021.");

        assertThat(question).isLessThan(statement);
        assertThat(opinion).isLessThan(statement);
    }

    @Test
    void names_the_database_does_not_know_are_proposed_with_their_likely_kind() {
        CandidateFinder.Candidate candidate = only("Pope Francis met Haider al-Abadi and leaders of Kataeb Hezbollah in "
                + "Baghdad on March 6, 2021.");

        assertThat(candidate.unknownNames()).extracting(UnknownName::name)
                .contains("Francis", "Haider al-Abadi", "Kataeb Hezbollah");
        assertThat(candidate.unknownNames()).filteredOn(name -> name.name().equals("Kataeb Hezbollah"))
                .extracting(UnknownName::likelyType).containsExactly(EntityType.ORGANISATION);
        assertThat(candidate.unknownNames()).filteredOn(name -> name.name().equals("Francis"))
                .extracting(UnknownName::likelyType).containsExactly(EntityType.PERSON);
    }

    @Test
    void the_capitals_of_a_headline_in_title_case_are_no_names() {
        assertThat(UnknownNames.in("Rockets Hit Base North of the Capital, Wounding Three Contractors", 0, List.of())).isEmpty();
        assertThat(UnknownNames.in("Rockets hit a base north of Baghdad, Pentagon spokesman John Kirby said.", 0, List.of()))
                .extracting(UnknownName::name).contains("John Kirby");
    }

    @Test
    void a_report_in_the_present_tense_is_an_attribution() {
        assertThat(only("Analysts report that militia fighters are regrouping in the north of the country.").reasons())
                .contains("an attribution (“report”)");
    }

    private static List<String> sentences(String text) {
        return new Sentences("en").of(text, List.of()).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    private static CandidateFinder.Candidate only(String sentence) {
        List<CandidateFinder.Candidate> found = CandidateFinder.in(sentence, List.of(), "en", List.of());
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static double score(String sentence) {
        List<CandidateFinder.Candidate> found = CandidateFinder.in(sentence, List.of(), "en", List.of());
        return found.isEmpty() ? 0 : found.getFirst().score();
    }
}
