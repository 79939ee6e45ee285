package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.AppTest;
import org.factcheck.entity.EntityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The seed benchmark of docs/benchmarks.md section 11: the candidates proposed in the five seed
 * documents against the sentences the curated claims of seed/claims.yaml quote. A claim sentence
 * is proposed when a candidate covers its quote; it ranks in the top half when that candidate is
 * in the better half of its document's candidates by score. A candidate is a fragment when it
 * starts in the middle of a sentence (in lower case or with punctuation) or is cut off at a comma.
 * Targets: at least 90% proposed, 75% in the top half, no fragments.
 */
@AppTest
@WithMockUser(username = "bench", roles = "REVIEWER")
class SeedCandidatesBenchmarkTest {

    @Autowired
    EntityService entities;

    record Quote(String document, String text) {
    }

    @Test
    void the_seed_claim_sentences_are_proposed_and_ranked_in_the_top_half() throws IOException {
        Map<String, List<CandidateFinder.Candidate>> byDocument = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try (var files = Files.list(Path.of("seed/documents"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                texts.put(file.getFileName().toString(), text);
                List<CandidateFinder.Candidate> found = new ArrayList<>(CandidateFinder.in(text, List.of(), "en",
                        entities.spellingsIn(text)));
                found.sort(Comparator.comparingDouble(CandidateFinder.Candidate::score).reversed());
                byDocument.put(file.getFileName().toString(), found);
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode claim : new ObjectMapper(new YAMLFactory()).readTree(Path.of("seed/claims.yaml").toFile())) {
            for (JsonNode appearance : claim.path("appearances")) {
                quotes.add(new Quote(appearance.path("source").asText(), appearance.path("quote").asText()));
            }
        }
        int located = 0;
        int proposed = 0;
        int topHalf = 0;
        List<String> missed = new ArrayList<>();
        List<String> low = new ArrayList<>();
        for (Quote quote : quotes) {
            String text = texts.get(quote.document());
            int at = text == null ? -1 : text.indexOf(quote.text());
            if (at < 0) {
                continue;
            }
            located++;
            int start = text.codePointCount(0, at);
            int end = start + quote.text().codePointCount(0, quote.text().length());
            List<CandidateFinder.Candidate> ranked = byDocument.get(quote.document());
            int rank = -1;
            for (int i = 0; i < ranked.size(); i++) {
                CandidateFinder.Candidate candidate = ranked.get(i);
                int overlap = Math.min(end, candidate.end()) - Math.max(start, candidate.start());
                if (overlap * 2 >= end - start) {
                    rank = i;
                    break;
                }
            }
            if (rank < 0) {
                missed.add(quote.document() + ": " + quote.text());
                continue;
            }
            proposed++;
            if (rank < (ranked.size() + 1) / 2) {
                topHalf++;
            } else {
                low.add(quote.document() + " #" + (rank + 1) + "/" + ranked.size() + " " + ranked.get(rank).score() + ": "
                        + ranked.get(rank).sentence() + " " + ranked.get(rank).reasons());
            }
        }
        List<String> unquoted = new ArrayList<>();
        byDocument.forEach((document, ranked) -> {
            for (int i = 0; i < (ranked.size() + 1) / 2; i++) {
                CandidateFinder.Candidate candidate = ranked.get(i);
                boolean quoted = quotes.stream().anyMatch(quote -> quote.document().equals(document)
                        && candidate.sentence().contains(quote.text().substring(0, Math.min(quote.text().length(), 30))));
                if (!quoted) {
                    unquoted.add(document + " #" + (i + 1) + " " + candidate.score() + ": " + candidate.sentence() + " "
                            + candidate.reasons());
                }
            }
        });
        List<String> fragments = byDocument.values().stream().flatMap(List::stream)
                .map(CandidateFinder.Candidate::sentence)
                .filter(SeedCandidatesBenchmarkTest::isFragment)
                .toList();
        int candidates = byDocument.values().stream().mapToInt(List::size).sum();
        String report = String.format(java.util.Locale.ROOT, """
                quotes located in the seed documents: %d
                proposed: %d (%.1f%%)
                in the top half of their document's candidates: %d (%.1f%%)
                candidates: %d (%s per document); fragments: %d
                missed:
                %s
                ranked in the lower half:
                %s
                fragments:
                %s
                in the top half without a curated claim:
                %s
                """, located, proposed, 100.0 * proposed / located, topHalf, 100.0 * topHalf / located, candidates,
                byDocument.values().stream().map(list -> String.valueOf(list.size())).toList(), fragments.size(),
                String.join("\n", missed), String.join("\n", low), String.join("\n", fragments), String.join("\n", unquoted));
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/seed-candidates.txt"), report);
        System.out.println(report);
        assertThat(located).as("quotes found verbatim in the seed").isGreaterThan(80);
        assertThat(fragments).as("fragments").isEmpty();
        assertThat(100.0 * proposed / located).as("% proposed").isGreaterThanOrEqualTo(90);
        assertThat(100.0 * topHalf / located).as("% in the top half").isGreaterThanOrEqualTo(75);
    }

    static boolean isFragment(String sentence) {
        int first = sentence.codePointAt(0);
        return Character.isLowerCase(first) || ",;:)]".indexOf(first) >= 0 || sentence.endsWith(",") || sentence.endsWith(";");
    }
}
