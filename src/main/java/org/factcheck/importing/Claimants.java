package org.factcheck.importing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.entity.SpellingInText;

/**
 * Who a sentence says made its claim, among the known entities it names: the one right after
 * "according to", else the last one named before the verb of saying ("Blinken said", "the
 * Pentagon says"), else the first one right after it ("said Jaafar Sheikh Mustafa").
 */
final class Claimants {

    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:(according to)|said|says|told|announced|stated|"
            + "claimed|claims|confirmed|denied|insisted|warned|declared|stressed|wrote|added|noted|promised|pledged)\\b");
    /** "said" and its claimant are this close, in characters, or the name is someone else in the sentence. */
    private static final int NEAR = 60;

    private Claimants() {
    }

    /** The claimant's entity id, if the sentence (starting at code point {@code start}) names one. */
    static Optional<Long> of(String sentence, int start, List<SpellingInText> named) {
        Matcher saying = SAYING.matcher(sentence);
        if (!saying.find() || named.isEmpty()) {
            return Optional.empty();
        }
        int verbStart = start + sentence.codePointCount(0, saying.start());
        int verbEnd = start + sentence.codePointCount(0, saying.end());
        if (saying.group(1) == null) {
            Optional<SpellingInText> before = named.stream()
                    .filter(spelling -> spelling.end() <= verbStart && verbStart - spelling.end() <= NEAR)
                    .reduce((first, second) -> second);
            if (before.isPresent()) {
                return before.map(SpellingInText::entityId);
            }
        }
        return named.stream()
                .filter(spelling -> spelling.start() >= verbEnd && spelling.start() - verbEnd <= NEAR)
                .findFirst()
                .map(SpellingInText::entityId);
    }
}
