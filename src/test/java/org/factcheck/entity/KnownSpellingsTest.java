package org.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Known names and aliases found in a text, as the import's review page highlights them. */
@AppTest
@WithMockUser(username = "rita", roles = "REVIEWER")
class KnownSpellingsTest {

    @Autowired
    EntityService entities;

    @Test
    void names_are_found_as_whole_words_in_any_case_at_code_point_offsets() {
        List<SpellingInText> found = entities.spellingsIn("🚨 The united states and ISIS; Busan is not US-made.");

        assertThat(found).extracting(SpellingInText::spelling, SpellingInText::start, SpellingInText::end,
                        SpellingInText::entityName)
                .containsExactly(tuple("united states", 6, 19, "United States"), tuple("ISIS", 24, 28, "Islamic State"),
                        tuple("US", 43, 45, "United States"));
    }

    @Test
    void short_all_capital_aliases_match_only_in_capitals() {
        List<SpellingInText> found = entities.spellingsIn("Let us see what it is: the US says IS and IG fighters fled.");

        assertThat(found).extracting(SpellingInText::spelling).containsExactly("US", "IS", "IG");
    }

    @Test
    void a_new_alias_is_found_once_saved_and_short_mixed_case_ones_never() {
        String name = EntityFixtures.unique("Qarawi");
        String text = "Both Qa and " + name + " spoke; the " + name + "th did not.";
        assertThat(entities.spellingsIn(text)).extracting(SpellingInText::spelling).doesNotContain(name);

        NamedEntity person = EntityFixtures.person(entities, name, "Qa");

        assertThat(entities.spellingsIn(text)).extracting(SpellingInText::spelling, SpellingInText::entityId)
                .containsExactly(tuple(name, person.getId()));
    }
}
