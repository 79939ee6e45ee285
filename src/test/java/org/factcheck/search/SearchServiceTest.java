package org.factcheck.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Searching the seeded database, through the real PostgreSQL full-text and trigram indexes. */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_seeded_spelling_of_al_kadhimi_finds_him_and_the_claims_about_him() {
        long kadhimi = entityId("Mustafa al-Kadhimi");
        List<String> spellings = aliases(kadhimi);
        assertThat(spellings).contains("Al-Kazemi", "al-Kazimi", "Al-Kadhimy", "@MAKadhimi");
        List<Long> claimsAboutHim = jdbc.sql("""
                select c.id from claim c where c.claimant_id = :id
                   or exists (select 1 from claim_entity m where m.claim_id = c.id and m.entity_id = :id)
                """).param("id", kadhimi).query(Long.class).list();
        assertThat(claimsAboutHim).isNotEmpty();

        for (String spelling : spellings) {
            SearchResults results = search.search(spelling);

            // Other tests add look-alike entities to the shared database, so he need not come first.
            assertThat(results.entities()).as(spelling).filteredOn(hit -> hit.id() == kadhimi).singleElement()
                    .satisfies(hit -> assertThat(hit.route()).isEqualTo("entities/" + kadhimi));
            assertThat(results.claims()).as(spelling).extracting(SearchHit::id)
                    .containsAnyElementsOf(claimsAboutHim);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kazemi", "kazimi", "KADHIMY", "al-Kadhimi", "Kadhimi", "Mustafa Al Kazemi"})
    void a_spelling_variant_finds_the_one_entity_and_highlights_other_spellings_in_the_texts(String spelling) {
        long kadhimi = entityId("Mustafa al-Kadhimi");

        SearchResults results = search.search(spelling);

        assertThat(results.entities()).extracting(SearchHit::id).containsOnlyOnce(kadhimi);
        assertThat(results.claims()).isNotEmpty();
        assertThat(results.sources()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.route()).startsWith("sources/"));
        // A source may spell him "Al-Kazemi" or "al-Kadhimi": either way the spelling is marked.
        assertThat(results.sources()).anySatisfy(hit -> assertThat(hit.snippet()).contains(SearchHit.MARK_START));
    }

    @Test
    void other_entities_are_found_by_each_of_their_aliases() {
        for (String name : List.of("Joe Biden", "Qasem Soleimani", "Abu Mahdi al-Muhandis", "Saddam Hussein")) {
            long id = entityId(name);
            for (String spelling : aliases(id)) {
                assertThat(search.search(spelling).entities()).as(spelling).extracting(SearchHit::id).contains(id);
            }
        }
        assertThat(search.search("Suleimani").entities()).extracting(SearchHit::title).contains("Qasem Soleimani");
    }

    @Test
    void every_seeded_entity_is_found_by_each_of_its_spellings() {
        JsonNode seeded = new YAMLMapper().readTree(Path.of("seed/entities.yaml").toFile());
        assertThat(seeded).hasSizeGreaterThan(50);
        for (JsonNode entity : seeded) {
            long id = jdbc.sql("select record_id from seed_item where kind = 'ENTITY' and key = ?")
                    .param(entity.get("key").asText()).query(Long.class).single();
            List<String> spellings = new ArrayList<>(List.of(entity.get("name").asText()));
            entity.path("aliases").forEach(alias -> spellings.add(alias.get("name").asText()));
            for (String spelling : spellings) {
                assertThat(search.search(spelling).entities()).as(entity.get("key").asText() + ": " + spelling)
                        .extracting(SearchHit::id).contains(id);
            }
        }
    }

    @Test
    void words_of_a_claim_find_the_claim_with_the_words_marked() {
        SearchResults results = search.search("combat mission");

        List<SearchHit> byWords = results.claims().stream().filter(hit -> hit.title().contains("combat mission")).toList();
        assertThat(byWords).hasSizeGreaterThanOrEqualTo(2).allSatisfy(hit -> {
            assertThat(hit.route()).isEqualTo("claims/" + hit.id());
            assertThat(hit.snippet()).contains(SearchHit.MARK_START + "combat" + SearchHit.MARK_END);
        });
        // Claims that contain the words come before claims found only through an entity.
        assertThat(results.claims().subList(0, byWords.size())).containsExactlyElementsOf(byWords);
    }

    @Test
    void a_phrase_in_quotes_finds_only_texts_with_the_phrase_and_marks_its_words_only_there() {
        SearchResults results = search.search("\"combat mission\"");

        assertThat(results.claims()).isNotEmpty().allSatisfy(hit -> assertThat(hit.title().toLowerCase()).contains("combat mission"));
        assertThat(results.sources()).isNotEmpty();
        assertThat(results.claims().stream().map(SearchHit::snippet).toList()).allSatisfy(snippet -> assertThat(
                snippet.replaceAll("\uE000(?i:combat)\uE001[^\\p{L}]+\uE000(?i:mission)\uE001", "")).doesNotContain(SearchHit.MARK_START));
        assertThat(PhraseHighlights.of("\"combat mission\" Iraq").keepPhrases(
                "the \uE000combat\uE001 \uE000mission\uE001, a \uE000mission\uE001 of \uE000combat\uE001 troops in \uE000Iraq\uE001"))
                .isEqualTo("the \uE000combat\uE001 \uE000mission\uE001, a mission of combat troops in \uE000Iraq\uE001");
    }

    @Test
    void stop_words_of_a_query_are_neither_required_nor_marked() {
        SearchResults results = search.search("troops in Iraq");

        assertThat(results.claims()).isNotEmpty();
        assertThat(results.claims()).allSatisfy(hit -> assertThat(hit.snippet())
                .doesNotContainIgnoringCase(SearchHit.MARK_START + "in" + SearchHit.MARK_END));
        assertThat(results.claims()).anySatisfy(hit -> assertThat(hit.snippet()).contains(SearchHit.MARK_START + "Iraq" + SearchHit.MARK_END));
    }

    @Test
    void a_name_one_letter_off_a_known_spelling_finds_the_entity() {
        assertThat(search.search("Kadhemi").entities()).extracting(SearchHit::title).contains("Mustafa al-Kadhimi");
        assertThat(search.search("Soleimany").entities()).extracting(SearchHit::title).contains("Qasem Soleimani");
    }

    @Test
    void words_of_a_verdict_rationale_find_the_verdict_linking_to_its_claim() {
        String rationale = jdbc.sql("select rationale from verdict order by id limit 1").query(String.class).single();
        String word = java.util.Arrays.stream(rationale.split("[^\\p{L}]+"))
                .filter(w -> w.length() > 7).findFirst().orElseThrow();

        SearchResults results = search.search(word);

        assertThat(results.verdicts()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.route()).startsWith("claims/");
            assertThat(hit.snippet()).contains(SearchHit.MARK_START);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", "%", "_", "\\", "a & b | !c", "(", "<->", ":*", "' or 1=1 --", "Kazemi';drop table claim;--",
            "\"unclosed", "-", "&&&", "\u0000x"})
    void sql_and_query_syntax_characters_never_break_a_search(String query) {
        SearchResults results = search.search(query.replace("\u0000", ""));

        assertThat(results).isNotNull();
        assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single()).isPositive();
    }

    @Test
    void a_blank_query_finds_nothing_and_an_overlong_one_is_cut() {
        assertThat(search.search("   ").isEmpty()).isTrue();
        assertThat(search.search(null).isEmpty()).isTrue();
        assertThat(search.search("Kazemi ".repeat(100)).query()).hasSizeLessThanOrEqualTo(SearchService.MAX_QUERY_LENGTH);
    }

    @Test
    @WithMockUser(username = "visitor", roles = "NONE")
    void only_reviewers_search() {
        assertThatThrownBy(() -> search.search("Kazemi")).isInstanceOf(AccessDeniedException.class);
    }

    private long entityId(String name) {
        return jdbc.sql("select id from entity where name = :name").param("name", name).query(Long.class).single();
    }

    private List<String> aliases(long entityId) {
        return jdbc.sql("select name from alias where entity_id = :id order by id").param("id", entityId)
                .query(String.class).list();
    }
}
