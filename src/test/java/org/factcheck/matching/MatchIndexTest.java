package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class MatchIndexTest {

    @TempDir
    Path data;

    private MatchIndex open() throws Exception {
        return new MatchIndex(new MatchingSettings(null, null, 0.4, true, DataSize.ofMegabytes(20), data.resolve("claim-index"), 0.5));
    }

    @Test
    void a_restart_finds_what_was_committed_with_how_far_it_got() throws Exception {
        MatchIndex index = open();
        index.put(Known.claim(7), "Unemployment fell to 3.5 percent in September", null);
        index.commit(Map.of("database", "d1", "embeddings", "41"));
        index.destroy();

        MatchIndex reopened = open();
        try {
            assertThat(reopened.saved()).containsEntry("database", "d1").containsEntry("embeddings", "41");
            reopened.refresh();
            assertThat(reopened.byWords("unemployment in September", null, 5))
                    .extracting(MatchIndex.Hit::known).containsExactly(Known.claim(7));
        } finally {
            reopened.destroy();
        }
    }

    @Test
    void what_was_put_after_the_last_commit_is_not_kept() throws Exception {
        MatchIndex index = open();
        index.put(Known.claim(1), "The bridge cost 40 million dollars", null);
        index.commit(Map.of("claim", "1"));
        index.put(Known.claim(2), "The tunnel cost 90 million dollars", null);
        index.destroy();

        MatchIndex reopened = open();
        try {
            reopened.refresh();
            assertThat(reopened.saved()).containsEntry("claim", "1");
            assertThat(reopened.byWords("tunnel bridge", null, 5)).extracting(MatchIndex.Hit::known)
                    .containsExactly(Known.claim(1));
        } finally {
            reopened.destroy();
        }
    }

    @Test
    void with_a_filter_only_texts_with_a_word_of_the_query_are_found_by_words() throws Exception {
        MatchIndex index = new MatchIndex();
        try {
            index.put(Known.claim(1), "Published mc3f9a2be1d", null);
            index.put(Known.claim(2), "Gargling with bleach kills the coronavirus", null);
            index.refresh();

            assertThat(index.byWords("gargling disinfectant", new TermQuery(new Term(MatchIndex.KIND, Known.Kind.CLAIM.name())), 5)).extracting(MatchIndex.Hit::known)
                    .containsExactly(Known.claim(2));
        } finally {
            index.destroy();
        }
    }

    @Test
    void the_other_desks_checks_nearest_in_meaning_are_all_found_in_order_and_a_replaced_vector_is_gone() throws Exception {
        MatchIndex index = open();
        try {
            Random chance = new Random(11);
            for (int claim = 1; claim <= 3_000; claim++) {
                index.put(Known.claim(claim), "claim " + claim, unit(chance));
            }
            float[] query = unit(chance);
            List<Map.Entry<Known, Double>> externals = new ArrayList<>();
            for (int check = 1; check <= 300; check++) {
                float[] vector = unit(chance);
                index.put(Known.external(check), "check " + check, vector);
                externals.add(Map.entry(Known.external(check), dot(query, vector)));
            }
            // the nearest check moves far away: its old vector must not be found any more
            externals.sort(Map.Entry.<Known, Double>comparingByValue().reversed());
            Known moved = externals.removeFirst().getKey();
            float[] opposite = query.clone();
            for (int i = 0; i < opposite.length; i++) {
                opposite[i] = -opposite[i];
            }
            index.put(moved, "check moved", opposite);
            index.refresh();

            List<MatchIndex.Hit> found = index.byMeaning(query, new TermQuery(new Term(MatchIndex.KIND, "EXTERNAL")), 10);

            assertThat(found).extracting(MatchIndex.Hit::known)
                    .containsExactlyElementsOf(externals.subList(0, 10).stream().map(Map.Entry::getKey).toList());
            assertThat(found.getFirst().score()).isCloseTo(externals.getFirst().getValue(), within(1e-4));
        } finally {
            index.destroy();
        }
    }

    private static float[] unit(Random chance) {
        float[] vector = new float[384];
        double length = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) chance.nextGaussian();
            length += vector[i] * vector[i];
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(length);
        }
        return vector;
    }

    private static double dot(float[] one, float[] other) {
        double sum = 0;
        for (int i = 0; i < one.length; i++) {
            sum += one[i] * other[i];
        }
        return sum;
    }
}
