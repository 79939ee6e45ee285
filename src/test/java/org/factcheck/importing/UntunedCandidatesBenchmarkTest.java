package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factcheck.AppTest;
import org.factcheck.entity.EntityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The second benchmark of docs/benchmarks.md section 11: six US government texts the scorer was not
 * tuned on (bench/candidates-untuned), against the check-worthy sentences marked in their answer key
 * before the scorer was first run on them. It reports the figures beside the seed's; it holds them to
 * no target, so that nobody tunes the scorer to these texts, but every sentence of the key must be in
 * its text (or the figures would silently count fewer) and no candidate may be a fragment.
 */
@AppTest
@WithMockUser(username = "bench", roles = "REVIEWER")
class UntunedCandidatesBenchmarkTest {

    static final Path TEXTS = Path.of("bench/candidates-untuned");

    @Autowired
    EntityService entities;

    @Test
    void the_check_worthy_sentences_of_texts_never_tuned_on_are_measured() throws IOException {
        List<CandidatesBenchmark.Quote> quotes = new ArrayList<>();
        JsonNode key = new ObjectMapper(new YAMLFactory()).readTree(TEXTS.resolve("answer-key.yaml").toFile());
        for (Map.Entry<String, JsonNode> document : key.properties()) {
            document.getValue().forEach(sentence -> quotes.add(new CandidatesBenchmark.Quote(document.getKey(), sentence.asText())));
        }
        CandidatesBenchmark.Result result = CandidatesBenchmark.run("untuned-candidates", CandidatesBenchmark.texts(TEXTS),
                quotes, entities);

        assertThat(result.located()).as("sentences of the key found verbatim in their texts").isEqualTo(quotes.size());
        assertThat(result.fragments()).as("fragments").isEmpty();
    }
}
