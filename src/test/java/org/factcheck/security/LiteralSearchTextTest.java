package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.entity.EntityFilter;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntitySummary;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.factcheck.search.SearchHit;
import org.factcheck.search.SearchService;
import org.factcheck.source.Source;
import org.factcheck.source.SourceFilter;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** SQL meta-characters in the UI's search boxes and filters: taken literally, never an error. */
@AppTest
class LiteralSearchTextTest {

    private static final List<String> META = List.of("'", "%", "_", "\\", ";--", "' OR 1=1--", "50%", "%_%", "\"", "$1");

    @Autowired
    EntityService entities;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    SearchService search;

    @Test
    void a_percent_sign_in_an_entity_picker_matches_only_itself() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Colleague.as("admin", Role.REVIEWER, () -> {
            entities.save(new NamedEntity(EntityType.EVENT, "Turnout 50% " + marker));
            entities.save(new NamedEntity(EntityType.EVENT, "Turnout 500 " + marker));
            entities.save(new NamedEntity(EntityType.EVENT, "Turnout 5_0 " + marker));

            assertThat(entities.findByNameOrAlias("50% " + marker, PageRequest.of(0, 10)))
                    .extracting(NamedEntity::getName).containsExactly("Turnout 50% " + marker);
            assertThat(entities.findByNameOrAlias("5_0 " + marker, PageRequest.of(0, 10)))
                    .extracting(NamedEntity::getName).containsExactly("Turnout 5_0 " + marker);
        });
    }

    /**
     * Each text in a claim, a source and an entity of its own, beside a claim and a source holding a
     * lookalike that the text would match as a LIKE pattern (or as SQL): each search box and filter
     * finds the records that hold the text literally, and the text filters never the lookalikes.
     */
    @Test
    void no_search_box_or_filter_fails_on_sql_meta_characters() {
        Colleague.as("admin", Role.EDITOR, () -> META.forEach(meta -> {
            String literal = letters() + " <" + meta + ">";
            String lookalike = literal.replace("%", "xy").replace("_", "x").replace("\\", "").replace("'", "x")
                    .replace(";", "x").replace("\"", "x").replace("$", "x");
            long claim = claims.save(new Claim(literal)).getId();
            long lookalikeClaim = claims.save(new Claim(lookalike)).getId();
            long source = source(literal);
            long lookalikeSource = source(lookalike);
            NamedEntity entity = entities.save(new NamedEntity(EntityType.EVENT, literal));
            PageRequest page = PageRequest.of(0, 20);

            assertThat(claims.list(ClaimFilter.withText(literal), page)).as(literal)
                    .extracting(ClaimSummary::id).containsExactly(claim).doesNotContain(lookalikeClaim);
            assertThat(sources.list(new SourceFilter(literal, null, null, null, null), page)).as(literal)
                    .extracting(SourceSummary::id).containsExactly(source).doesNotContain(lookalikeSource);
            // Both also match by spelling, so a lookalike may rightly be among their answers.
            assertThat(entities.findByNameOrAlias(literal, page)).as(literal).extracting(NamedEntity::getId).contains(entity.getId());
            assertThat(entities.list(new EntityFilter(null, literal), page)).as(literal).extracting(EntitySummary::id).contains(entity.getId());
            // The global search reads words, and the marker is one.
            assertThat(search.search(literal).claims()).as(literal).extracting(SearchHit::id).contains(claim);
        }));
    }

    /** A new source whose title is this text. */
    private long source(String title) {
        Source source = new Source("The text of " + title, SourceOrigin.MANUAL, "admin");
        source.setTitle(title);
        source.setOutlet("Outlet");
        source.setLanguage("en");
        return sources.add(source).getId();
    }

    /** A word no other record holds, in letters only, so that every search reads it as one word. */
    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'q') + "zq";
    }
}
