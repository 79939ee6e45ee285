package org.factcheck.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.SpellingInText;

/**
 * Who a sentence says made its claim, among the names it holds, known to the database or not: the one
 * right after "according to", else the last one named before the verb of saying ("Blinken said", "the
 * Pentagon says"), else the first one right after it ("said Jaafar Sheikh Mustafa"). "…, he said" names
 * nobody: the name before the pronoun is someone or somewhere else. A name the database does not know
 * is a claimant only as a person or an organisation, the kinds of thing that speak.
 */
final class Claimants {

    /** A claimant: a known entity, or a name for the reviewer's desk to create. */
    sealed interface Claimant {
    }

    record KnownClaimant(long entityId) implements Claimant {
    }

    record NewClaimant(UnknownName name) implements Claimant {
    }

    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:(according to)|said|says|told|announced|stated|"
            + "claimed|claims|confirmed|denied|insisted|warned|declared|stressed|wrote|added|noted|promised|pledged)\\b");
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?i)\\b(?:he|she|they|it|we|I|who)\\s*$");
    private static final Set<EntityType> SPEAKERS = Set.of(EntityType.PERSON, EntityType.ORGANISATION);
    /** "said" and its claimant are this close, in characters, or the name is someone else in the sentence. */
    private static final int NEAR = 60;

    private record Name(int start, int end, Claimant claimant) {
    }

    private Claimants() {
    }

    /** The claimant's entity id, if the sentence (starting at code point {@code start}) names a known one. */
    static Optional<Long> known(String sentence, int start, List<SpellingInText> named) {
        return of(sentence, start, named, List.of())
                .map(claimant -> claimant instanceof KnownClaimant known ? known.entityId() : null);
    }

    /**
     * The claimant, if the sentence (starting at code point {@code start}) names one among its known
     * spellings or its unknown names; a known spelling wins over an unknown name it overlaps.
     */
    static Optional<Claimant> of(String sentence, int start, List<SpellingInText> named, List<UnknownName> unknown) {
        Matcher saying = SAYING.matcher(sentence);
        if (!saying.find()) {
            return Optional.empty();
        }
        List<Name> names = new ArrayList<>();
        named.forEach(spelling -> names.add(new Name(spelling.start(), spelling.end(), new KnownClaimant(spelling.entityId()))));
        unknown.stream()
                .filter(name -> name.likelyType() != EntityType.PLACE && name.likelyType() != EntityType.EVENT)
                .filter(name -> named.stream().noneMatch(spelling -> spelling.start() < name.end() && spelling.end() > name.start()))
                .forEach(name -> names.add(new Name(name.start(), name.end(), new NewClaimant(speaker(name)))));
        names.sort(Comparator.comparingInt(Name::start));
        int verbStart = start + sentence.codePointCount(0, saying.start());
        int verbEnd = start + sentence.codePointCount(0, saying.end());
        boolean pronoun = PRONOUN_BEFORE.matcher(sentence.substring(0, saying.start())).find();
        if (saying.group(1) == null && !pronoun) {
            Optional<Name> before = names.stream()
                    .filter(name -> name.end() <= verbStart && verbStart - name.end() <= NEAR)
                    .reduce((first, second) -> second);
            if (before.isPresent()) {
                return before.map(Name::claimant);
            }
        }
        return names.stream()
                .filter(name -> name.start() >= verbEnd && name.start() - verbEnd <= NEAR)
                .findFirst()
                .map(Name::claimant);
    }

    /** Whoever says something is a person or an organisation: a name of no clear kind is taken for a person. */
    private static UnknownName speaker(UnknownName name) {
        return SPEAKERS.contains(name.likelyType()) ? name
                : new UnknownName(name.name(), EntityType.PERSON, name.start(), name.end());
    }
}
