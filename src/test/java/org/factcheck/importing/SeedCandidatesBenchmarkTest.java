package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.entity.EntityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The seed benchmark of docs/benchmarks.md section 11: the candidates proposed in the five seed
 * documents against the sentences the curated claims of seed/claims.yaml quote ({@link CandidatesBenchmark}).
 * Targets: at least 90% proposed, 75% in the top half, no fragments.
 */
@AppTest
@WithMockUser(username = "bench", roles = "REVIEWER")
class SeedCandidatesBenchmarkTest {

    @Autowired
    EntityService entities;

    @Test
    void the_seed_claim_sentences_are_proposed_and_ranked_in_the_top_half() throws IOException {
        List<CandidatesBenchmark.Quote> quotes = new ArrayList<>();
        for (JsonNode claim : new ObjectMapper(new YAMLFactory()).readTree(Path.of("seed/claims.yaml").toFile())) {
            for (JsonNode appearance : claim.path("appearances")) {
                quotes.add(new CandidatesBenchmark.Quote(appearance.path("source").asText(), appearance.path("quote").asText()));
            }
        }
        CandidatesBenchmark.Result result = CandidatesBenchmark.run("seed-candidates",
                CandidatesBenchmark.texts(Path.of("seed/documents")), quotes, entities);

        assertThat(result.located()).as("quotes found verbatim in the seed").isGreaterThan(80);
        assertThat(result.fragments()).as("fragments").isEmpty();
        assertThat(result.proposedShare()).as("% proposed").isGreaterThanOrEqualTo(90);
        assertThat(result.topHalfShare()).as("% in the top half").isGreaterThanOrEqualTo(75);
    }
}
