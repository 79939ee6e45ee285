package org.factcheck.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factcheck.entity.EntityService;

/**
 * The measure of docs/benchmarks.md section 11, over any documents and their answer key: each
 * document is split and scored as an import does (with the database's known names), and each
 * check-worthy sentence of the key is looked for among its document's candidates. It is proposed
 * when a candidate covers at least half of it; it ranks in the top half when that candidate is in
 * the better half of its document's candidates by score. A candidate is a fragment when it starts in
 * the middle of a sentence (in lower case or with punctuation) or is cut off at a comma.
 */
final class CandidatesBenchmark {

    record Quote(String document, String text) {
    }

    record Result(int located, int proposed, int topHalf, int candidates, List<String> fragments, String report) {

        double proposedShare() {
            return 100.0 * proposed / located;
        }

        double topHalfShare() {
            return 100.0 * topHalf / located;
        }
    }

    private CandidatesBenchmark() {
    }

    /** The texts of a folder's {@code .txt} files, by file name, in name order. */
    static Map<String, String> texts(Path folder) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return texts;
    }

    /** Measures the candidates of the texts against the quotes, and writes the report to target/benchmarks/{@code name}.txt. */
    static Result run(String name, Map<String, String> texts, List<Quote> quotes, EntityService entities) throws IOException {
        Map<String, List<CandidateFinder.Candidate>> byDocument = new LinkedHashMap<>();
        texts.forEach((document, text) -> {
            List<CandidateFinder.Candidate> found = new ArrayList<>(CandidateFinder.in(text, List.of(), "en",
                    entities.spellingsIn(text)));
            found.sort(Comparator.comparingDouble(CandidateFinder.Candidate::score).reversed());
            byDocument.put(document, found);
        });
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
                .filter(CandidatesBenchmark::isFragment)
                .toList();
        int candidates = byDocument.values().stream().mapToInt(List::size).sum();
        String report = String.format(Locale.ROOT, """
                check-worthy sentences located in the documents: %d
                proposed: %d (%.1f%%)
                in the top half of their document's candidates: %d (%.1f%%)
                candidates: %d (%s per document); fragments: %d
                missed:
                %s
                ranked in the lower half:
                %s
                fragments:
                %s
                in the top half without a check-worthy sentence of the key:
                %s
                """, located, proposed, 100.0 * proposed / located, topHalf, 100.0 * topHalf / located, candidates,
                byDocument.values().stream().map(list -> String.valueOf(list.size())).toList(), fragments.size(),
                String.join("\n", missed), String.join("\n", low), String.join("\n", fragments), String.join("\n", unquoted));
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/" + name + ".txt"), report);
        System.out.println(report);
        return new Result(located, proposed, topHalf, candidates, fragments, report);
    }

    static boolean isFragment(String sentence) {
        int first = sentence.codePointAt(0);
        return Character.isLowerCase(first) || ",;:)]".indexOf(first) >= 0 || sentence.endsWith(",") || sentence.endsWith(";");
    }
}
