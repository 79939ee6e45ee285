package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.Role;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.EntityFilter;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.factcheck.search.SearchService;
import org.factcheck.source.SourceFilter;
import org.factcheck.source.SourceService;
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

    @Test
    void no_search_box_or_filter_fails_on_sql_meta_characters() {
        Colleague.as("admin", Role.REVIEWER, () -> META.forEach(text -> {
            PageRequest page = PageRequest.of(0, 20);
            assertThat(entities.findByNameOrAlias(text, page)).as(text).isNotNull();
            assertThat(entities.list(new EntityFilter(null, text), page)).as(text).isNotNull();
            assertThat(claims.list(new ClaimFilter(text, null, text, null, null, null, text, null, null), page)).as(text).isEmpty();
            assertThat(sources.list(new SourceFilter(text, text, text, null, null), page)).as(text).isEmpty();
            assertThat(search.search(text)).as(text).isNotNull();
        }));
    }
}
