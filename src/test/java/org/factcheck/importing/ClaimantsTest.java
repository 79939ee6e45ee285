package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.SpellingInText;
import org.junit.jupiter.api.Test;

/**
 * Who a sentence attributes its claim to, on sentences of public-domain US government texts
 * (bench/candidates-untuned) and of the seed: a known entity (its spellings given here as the
 * database would find them) or a name the database does not know.
 */
class ClaimantsTest {

    private static final long PENTAGON = 7;
    private static final long IRAQ = 3;

    /** The sentence's known spellings, at the offsets where the words are. */
    private static List<SpellingInText> spellings(String sentence, Object... wordsAndIds) {
        List<SpellingInText> spellings = new ArrayList<>();
        for (int i = 0; i < wordsAndIds.length; i += 2) {
            String word = (String) wordsAndIds[i];
            int at = sentence.indexOf(word);
            spellings.add(new SpellingInText(at, at + word.length(), word, (Long) wordsAndIds[i + 1], word));
        }
        spellings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spellings;
    }

    private static Optional<Claimants.Claimant> claimant(String sentence, List<SpellingInText> spellings) {
        return Claimants.of(sentence, 0, spellings, UnknownNames.in(sentence, 0, spellings));
    }

    @Test
    void a_name_the_database_does_not_know_before_said_is_the_claimant_to_create_as_a_person() {
        String sentence = "Three U.S. service members were injured in a Katuyusha rocket attack on U.S., coalition and Iraqi "
                + "forces at Camp Taji, Iraq, March 13, Pentagon spokesman Jonathan Rath Hoffman said in a briefing.";

        assertThat(claimant(sentence, spellings(sentence, "Iraq,", IRAQ, "Pentagon", PENTAGON)))
                .contains(new Claimants.NewClaimant(new UnknownName("Jonathan Rath Hoffman", EntityType.PERSON,
                        sentence.indexOf("Jonathan"), sentence.indexOf(" said"))));
    }

    @Test
    void a_known_entity_before_said_is_the_claimant() {
        String sentence = "The Pentagon said 31 rockets hit Ain al-Asad air base, killing one contractor.";

        assertThat(claimant(sentence, spellings(sentence, "Pentagon", PENTAGON))).contains(new Claimants.KnownClaimant(PENTAGON));
    }

    @Test
    void an_organisation_the_database_does_not_know_is_created_as_an_organisation() {
        String sentence = "U.S. Central Command officials said that attack was launched by Iranian-backed militia Kataeb Hezbollah.";

        assertThat(claimant(sentence, List.of())).hasValueSatisfying(claimant -> assertThat(claimant)
                .isEqualTo(new Claimants.NewClaimant(new UnknownName("Central Command", EntityType.ORGANISATION,
                        sentence.indexOf("Central"), sentence.indexOf(" officials")))));
    }

    @Test
    void after_according_to_the_name_that_follows_is_the_claimant() {
        String sentence = "According to the Pentagon, 2,500 troops will stay in Iraq after December 31, 2021.";

        assertThat(claimant(sentence, spellings(sentence, "Pentagon", PENTAGON, "Iraq", IRAQ)))
                .contains(new Claimants.KnownClaimant(PENTAGON));
    }

    @Test
    void he_said_names_nobody_the_place_before_it_is_somewhere_else() {
        String sentence = "Two service members were seriously injured and are being treated at the U.S. military hospital at "
                + "Baghdad International Airport, he said.";

        assertThat(claimant(sentence, List.of())).isEmpty();
    }

    @Test
    void a_sentence_without_a_verb_of_saying_has_no_claimant() {
        String sentence = "The Katyusha rocket was developed by Soviet forces during World War II.";

        assertThat(claimant(sentence, List.of())).isEmpty();
    }
}
