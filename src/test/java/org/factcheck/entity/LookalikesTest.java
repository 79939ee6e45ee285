package org.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Suggesting an existing entity for a new spelling, through the seeded database. */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class LookalikesTest {

    @Autowired
    EntityService entities;

    @Test
    void a_new_spelling_close_to_an_alias_suggests_the_entity_for_linking() {
        for (String spelling : List.of("Kazimy", "al-Kadhemi", "Mustafa al-Kazimy", "Qassem Suleimani")) {
            assertThat(entities.lookalikes(spelling, null)).as(spelling).isNotEmpty()
                    .first().satisfies(best -> {
                        assertThat(best.similarity()).isGreaterThanOrEqualTo(Lookalikes.SIMILARITY);
                        assertThat(best.name()).isIn("Mustafa al-Kadhimi", "Qasem Soleimani");
                    });
        }
        assertThat(entities.lookalikes("al-Kadhemi", null)).extracting(LookalikeEntity::name).contains("Mustafa al-Kadhimi");
    }

    @Test
    void an_unlike_spelling_suggests_nothing_and_the_entity_being_edited_is_left_out() {
        assertThat(entities.lookalikes("Zzyzx Quonk", null)).isEmpty();
        assertThat(entities.lookalikes("  ", null)).isEmpty();
        long kadhimi = entities.findBySpelling("al-Kadhimi").getFirst().getId();
        assertThat(entities.lookalikes("Kazimy", kadhimi)).extracting(LookalikeEntity::id).doesNotContain(kadhimi);
        assertThat(entities.lookalikes("100% o'Brien_\\", null)).isNotNull();
    }
}
