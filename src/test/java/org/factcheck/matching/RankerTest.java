package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The combined ranking over an index of its own, with the shipped model: what the fusion of the two
 * lists does when one of them has nothing worth the name.
 */
class RankerTest {

    private static final String QUERY = "Can you get rid of covid by swallowing disinfectant?";

    private final MatchingSettings settings = new MatchingSettings(null, null, 0.4, false, DataSize.ofMegabytes(20));
    private final SentenceEmbedder embedder = new SentenceEmbedder(settings);
    private final MatchIndex index = newIndex();

    private static MatchIndex newIndex() {
        try {
            return new MatchIndex();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    private void embedded(Known known, String text) {
        index.put(known, text, embedder.embed(text));
    }

    private List<Known> ranked(Ranking ranking) {
        index.refresh();
        return new Ranker(index, embedder, settings, null, null).rank(QUERY, ranking, null, 5).stream()
                .map(Ranker.Ranked::known).toList();
    }

    @Test
    void a_claim_of_almost_no_words_is_not_ranked_above_a_real_match_for_being_the_only_one_embedded() {
        // the real match and another with more of the query's words are not embedded yet (just imported),
        // so the placeholder is first of the list by meaning, however far its meaning is
        Known placeholder = Known.claim(1);
        Known realMatch = Known.external(2);
        Known moreWords = Known.claim(3);
        embedded(placeholder, "Published mc3f9a2be1d");
        index.put(realMatch, "Drinking bleach cures the coronavirus infection\nDoes bleach cure COVID-19?", null);
        index.put(moreWords, "You can get a covid test for free, and get rid of the queue", null);

        List<Known> combined = ranked(Ranking.COMBINED);

        assertThat(ranked(Ranking.LEXICAL)).containsSubsequence(moreWords, realMatch);
        assertThat(combined).contains(realMatch);
        assertThat(combined.indexOf(placeholder)).as("the placeholder's place in %s", combined)
                .satisfiesAnyOf(place -> assertThat(place).isNegative(),
                        place -> assertThat(place).isGreaterThan(combined.indexOf(realMatch)));
    }

    @Test
    void a_match_by_meaning_alone_still_ranks() {
        Known byMeaning = Known.external(4);
        embedded(byMeaning, "Ingesting household cleaning products kills the virus");
        embedded(Known.claim(5), "Published mc3f9a2be1d");

        assertThat(ranked(Ranking.COMBINED)).first().isEqualTo(byMeaning);
    }
}
