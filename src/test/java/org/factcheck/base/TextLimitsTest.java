package org.factcheck.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.validation.ConstraintViolationException;
import org.factcheck.AppTest;
import org.factcheck.base.ui.Saving;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Every text field's maximum holds in the service (with a message naming the field) and in the database. */
@AppTest
class TextLimitsTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void a_source_with_a_twenty_thousand_character_title_is_refused_naming_the_title() {
        Source source = newSource("Limits " + System.nanoTime());
        source.setTitle("T".repeat(20_000));
        long before = sources.count();

        assertThatThrownBy(() -> sources.save(source)).rootCause()
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused -> assertThat(Saving.describe(refused))
                        .isEqualTo("Title: Keep this to " + TextLimits.TITLE + " characters or fewer."));
        assertThat(sources.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void a_claim_at_its_limit_is_kept_and_one_character_more_is_refused_on_update() {
        Claim claim = claims.save(new Claim("C".repeat(TextLimits.CLAIM)));
        assertThat(claims.findWithDetails(claim.getId()).orElseThrow().getText()).hasSize(TextLimits.CLAIM);

        Claim longer = claims.findWithDetails(claim.getId()).orElseThrow();
        longer.setText("C".repeat(TextLimits.CLAIM + 1));

        assertThatThrownBy(() -> claims.save(longer)).satisfies(refused -> assertThat(refused)
                .hasRootCauseInstanceOf(ConstraintViolationException.class));
        assertThat(claims.findWithDetails(claim.getId()).orElseThrow().getText()).hasSize(TextLimits.CLAIM);
    }

    @Test
    void the_database_refuses_texts_over_the_limits_from_any_writer() {
        long sourceId = jdbc.queryForObject("select min(id) from source", Long.class);

        assertThatThrownBy(() -> jdbc.update("update source set title = ? where id = ?", "T".repeat(TextLimits.TITLE + 1), sourceId))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("source_title_length");
        assertThatThrownBy(() -> jdbc.update("update claim set text = ? where id = (select min(id) from claim)",
                "C".repeat(TextLimits.CLAIM + 1)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("claim_text_length");
        assertThatThrownBy(() -> jdbc.update("update verdict set rationale = ? where id = (select min(id) from verdict)",
                "R".repeat(TextLimits.PROSE + 1)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("verdict_rationale_length");
        assertThatThrownBy(() -> jdbc.update("update entity set name = ? where id = (select min(id) from entity)",
                "N".repeat(TextLimits.NAME + 1)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("entity_name_length");
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void a_source_text_over_its_limit_is_refused_by_the_service_and_the_database() {
        long before = sources.count();
        String tooLong = "x".repeat(TextLimits.FULL_TEXT + 1);

        assertThatThrownBy(() -> newSource(tooLong))
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused -> assertThat(Saving.describe(refused))
                        .isEqualTo("Full text: Keep this to " + TextLimits.FULL_TEXT + " characters or fewer."));
        assertThat(sources.count()).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.update("update source set full_text = ? where id = (select min(id) from source)", tooLong))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("source_full_text_length");
    }

    @Test
    void every_length_check_in_the_database_is_one_of_the_limits() {
        var limits = jdbc.queryForList("""
                select substring(pg_get_constraintdef(oid) from '<= (\\d+)')::int
                from pg_constraint where conname like '%\\_length'""", Integer.class);

        assertThat(limits).hasSizeGreaterThanOrEqualTo(22)
                .allMatch(limit -> java.util.List.of(TextLimits.NAME, TextLimits.TITLE, TextLimits.URL, TextLimits.EMAIL,
                        TextLimits.CLAIM, TextLimits.QUOTE, TextLimits.PROSE, TextLimits.FULL_TEXT).contains(limit));
    }

    private Source newSource(String text) {
        Source source = new Source(text, SourceOrigin.MANUAL, "editor");
        source.setTitle("A source with limits");
        source.setOutlet("Desk notes");
        source.setLanguage("en");
        return sources.save(source);
    }
}
