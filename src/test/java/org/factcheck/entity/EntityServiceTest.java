package org.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.entity.EntityFixtures.claim;
import static org.factcheck.entity.EntityFixtures.person;
import static org.factcheck.entity.EntityFixtures.unique;

import java.util.List;
import java.util.Locale;
import org.factcheck.AppTest;
import org.factcheck.base.Refusal;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Saving and merging entities, through the real database and its history tables. */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class EntityServiceTest {

    @Autowired
    EntityService entities;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcClient jdbc;

    @Test
    void merging_keeps_every_alias_mention_and_claimant_link_and_records_who_merged() {
        NamedEntity survivor = person(entities, unique("Ayad Allawi"), "Allawi", "Iyad Allawi");
        NamedEntity merged = person(entities, unique("Iyad Alawi"), "Alawi", "IYAD ALLAWI", "Dr. Alawi");
        Claim mentionsMerged = claim(claims, "Allawi met the envoy.", null, merged);
        Claim mentionsBoth = claim(claims, "Allawi and Alawi are one man.", null, survivor, merged);
        Claim madeByMerged = claim(claims, "I never left Baghdad.", merged, survivor);
        Claim madeByAndAboutMerged = claim(claims, "Alawi says Alawi will run.", merged, merged);
        long survivorId = survivor.getId();
        long mergedId = merged.getId();
        long aliasRows = count("select count(*) from alias");
        long mentionRows = count("select count(*) from claim_entity");
        long revisions = count("select count(*) from revision");

        entities.merge(survivorId, mergedId);

        NamedEntity after = entities.find(survivorId).orElseThrow();
        assertThat(after.getAliases()).extracting(alias -> alias.getName().toLowerCase(Locale.ROOT))
                .containsExactlyInAnyOrder("allawi", "iyad allawi", "alawi", "dr. alawi", merged.getName().toLowerCase(Locale.ROOT));
        assertThat(entities.find(mergedId)).isEmpty();
        // "IYAD ALLAWI" repeats a spelling the survivor has; the merged name arrives as a new alias.
        assertThat(count("select count(*) from alias")).isEqualTo(aliasRows);
        // "Allawi and Alawi are one man." mentioned both and now mentions the survivor once.
        assertThat(count("select count(*) from claim_entity")).isEqualTo(mentionRows - 1);
        for (Claim claim : List.of(mentionsMerged, mentionsBoth, madeByMerged, madeByAndAboutMerged)) {
            assertThat(jdbc.sql("select entity_id from claim_entity where claim_id = ?").param(claim.getId())
                    .query(Long.class).list()).as(claim.getText()).containsExactly(survivorId);
        }
        assertThat(jdbc.sql("select id from claim where claimant_id = ?").param(survivorId).query(Long.class).list())
                .containsExactlyInAnyOrder(madeByMerged.getId(), madeByAndAboutMerged.getId());
        assertThat(count("select count(*) from claim_entity where entity_id = " + mergedId)).isZero();

        assertThat(count("select count(*) from revision")).as("one revision for the whole merge").isEqualTo(revisions + 1);
        long merge = count("select max(id) from revision");
        assertThat(jdbc.sql("select reviewer from revision where id = ?").param(merge).query(String.class).single())
                .isEqualTo("rana");
        assertThat(count("select count(*) from entity_aud where rev = " + merge + " and id = " + mergedId + " and revtype = 2"))
                .as("the merged entity's deletion, with its last state").isOne();
        assertThat(count("select count(*) from alias_aud where rev = " + merge + " and entity_id = " + survivorId + " and revtype = 1"))
                .as("aliases moved to the survivor").isEqualTo(2);
        assertThat(count("select count(*) from claim_entity_aud where rev = " + merge + " and entity_id = " + mergedId + " and revtype = 2"))
                .as("mentions taken from the merged entity").isEqualTo(3);
        assertThat(count("select count(*) from claim_aud where rev = " + merge + " and claimant_id = " + survivorId))
                .as("claims whose claimant changed").isEqualTo(2);
    }

    @Test
    void an_entity_cannot_be_merged_into_itself() {
        NamedEntity entity = person(entities, unique("Barham Salih"), "Salih");

        assertThatThrownBy(() -> entities.merge(entity.getId(), entity.getId()))
                .isInstanceOf(Refusal.class).hasMessageContaining("into itself");
    }

    @Test
    void saving_an_entity_loaded_before_someone_else_saved_it_is_refused() {
        long id = person(entities, unique("Fuad Hussein"), "Hussein").getId();
        NamedEntity mine = entities.find(id).orElseThrow();
        NamedEntity theirs = entities.find(id).orElseThrow();
        theirs.setDescription("Foreign minister of Iraq");
        entities.save(theirs);

        mine.setDescription("Iraqi foreign minister since 2020");

        assertThatThrownBy(() -> entities.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(entities.find(id).orElseThrow().getDescription()).isEqualTo("Foreign minister of Iraq");
    }

    @Test
    void a_stale_save_cannot_drop_an_alias_someone_else_added() {
        long id = person(entities, unique("Hadi al-Amiri"), "al-Amiri").getId();
        NamedEntity mine = entities.find(id).orElseThrow();
        NamedEntity theirs = entities.find(id).orElseThrow();
        theirs.addAlias("Hadi al-Ameri", "en");
        entities.save(theirs);

        mine.setDescription("Leader of the Badr Organization");

        assertThatThrownBy(() -> entities.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(entities.find(id).orElseThrow().hasAlias("Hadi al-Ameri")).isTrue();
    }

    @Test
    void a_survivor_loaded_before_a_merge_cannot_be_saved_over_the_aliases_it_received() {
        long survivorId = person(entities, unique("Nouri al-Maliki"), "al-Maliki").getId();
        long mergedId = person(entities, unique("Nuri al-Maliki"), "Maliki").getId();
        NamedEntity openBeforeTheMerge = entities.find(survivorId).orElseThrow();
        entities.merge(survivorId, mergedId);

        openBeforeTheMerge.setDescription("Prime Minister of Iraq 2006–2014");

        assertThatThrownBy(() -> entities.save(openBeforeTheMerge)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(entities.find(survivorId).orElseThrow().hasAlias("Maliki")).isTrue();
    }

    @Test
    void an_entity_merged_away_while_someone_edits_it_cannot_be_saved_back() {
        long survivorId = person(entities, unique("Haider al-Abadi"), "al-Abadi").getId();
        long mergedId = person(entities, unique("Haidar al-Abadi"), "Abadi").getId();
        NamedEntity openBeforeTheMerge = entities.find(mergedId).orElseThrow();
        entities.merge(survivorId, mergedId);

        openBeforeTheMerge.setDescription("Prime Minister of Iraq 2014–2018");

        assertThatThrownBy(() -> entities.save(openBeforeTheMerge)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(entities.find(mergedId)).isEmpty();
    }

    @Test
    void aliases_added_and_removed_on_a_loaded_entity_are_saved_with_it() {
        long id = person(entities, unique("Muqtada al-Sadr"), "al-Sadr", "Sadr").getId();
        NamedEntity entity = entities.find(id).orElseThrow();
        Alias alSadr = entity.getAliases().stream().filter(alias -> alias.getName().equals("al-Sadr")).findFirst().orElseThrow();
        entity.removeAlias(alSadr);
        entity.addAlias(new Alias("Moqtada al-Sadr", "en"));

        entities.save(entity);

        assertThat(entities.find(id).orElseThrow().getAliases()).extracting(Alias::getName)
                .containsExactlyInAnyOrder("Sadr", "Moqtada al-Sadr");
    }

    @Test
    void the_list_finds_an_entity_by_any_alias_in_any_letter_case_and_by_type() {
        List<EntitySummary> found = entities.list(new EntityFilter(EntityType.PERSON, "KAZIMI"),
                PageRequest.of(0, 10));

        assertThat(found).extracting(EntitySummary::name).containsExactly("Mustafa al-Kadhimi");
        assertThat(found.getFirst().aliases()).contains("al-Kazimi", "Al-Kazemi");
        assertThat(entities.list(new EntityFilter(EntityType.PLACE, "KAZIMI"),
                PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void wildcards_in_the_filter_are_taken_literally() {
        assertThat(entities.list(new EntityFilter(null, "%"), PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "guest", roles = "GUEST")
    void without_the_reviewer_role_entities_can_be_neither_saved_nor_merged() {
        assertThatThrownBy(() -> entities.save(new NamedEntity(EntityType.PLACE, "Erbil")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entities.merge(1, 2)).isInstanceOf(AccessDeniedException.class);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
