package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
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
}
