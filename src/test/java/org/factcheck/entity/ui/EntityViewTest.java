package org.factcheck.entity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.factcheck.entity.EntityFixtures.claim;
import static org.factcheck.entity.EntityFixtures.person;
import static org.factcheck.entity.EntityFixtures.unique;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.Alias;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** One entity's page, without a browser, on entities each test makes for itself. */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class EntityViewTest extends SpringBrowserlessTest {

    @Autowired
    EntityService entities;

    @Autowired
    ClaimService claims;

    @Test
    void a_blank_name_and_a_malformed_language_code_get_their_message_next_to_the_field() {
        EntityView view = open(person(entities, unique("Qais al-Khazali"), "al-Khazali"));

        test(view.details.name).setValue("");
        test(view.save).click();
        test(view.aliases.spelling).setValue("Qais Khazali");
        test(view.aliases.language).setValue("English");
        test(view.aliases.add).click();

        assertThat(view.details.name.isInvalid()).isTrue();
        assertThat(view.details.name.getErrorMessage()).isEqualTo("Enter the name the entity is best known by");
        assertThat(view.aliases.language.isInvalid()).isTrue();
        assertThat(view.aliases.language.getErrorMessage()).contains("two- or three-letter language code");
        assertThat(aliasesOnThePage(view)).containsExactly("al-Khazali");
    }

    @Test
    void a_spelling_the_entity_already_has_in_another_letter_case_is_refused_next_to_the_field() {
        EntityView view = open(person(entities, unique("Hadi al-Amiri"), "al-Amiri"));

        test(view.aliases.spelling).setValue("AL-AMIRI");
        test(view.aliases.add).click();

        assertThat(view.aliases.spelling.isInvalid()).isTrue();
        assertThat(view.aliases.spelling.getErrorMessage()).contains("already has that spelling");
        assertThat(aliasesOnThePage(view)).containsExactly("al-Amiri");
    }

    @Test
    void aliases_added_and_removed_on_the_page_are_saved_with_the_entity() {
        NamedEntity entity = person(entities, unique("Falih al-Fayyadh"), "al-Fayyadh", "Faleh Fayad");
        EntityView view = open(entity);

        test(view.aliases.spelling).setValue("  Falih al-Fayadh ");
        test(view.aliases.language).setValue("en");
        test(view.aliases.add).click();
        test((Button) test(view.aliases.aliases).getCellComponent(aliasesOnThePage(view).indexOf("Faleh Fayad"), 2)).click();
        test(view.save).click();

        assertThat(entities.find(entity.getId()).orElseThrow().getAliases()).extracting(Alias::getName, Alias::getLanguage)
                .containsExactlyInAnyOrder(tuple("al-Fayyadh", "en"),
                        tuple("Falih al-Fayadh", "en"));
    }

    @Test
    void a_reviewer_creates_an_entity_and_lands_on_its_page() {
        EntityView view = navigate(EntityView.class, Map.of("id", "new"));
        String name = unique("Kata'ib Hezbollah");

        test(view.details.type).selectItem("Organisation");
        test(view.details.name).setValue(name);
        test(view.aliases.spelling).setValue("KH");
        test(view.aliases.add).click();
        test(view.save).click();

        NamedEntity created = entities.findBySpelling(name).getFirst();
        assertThat(created.getType()).isEqualTo(EntityType.ORGANISATION);
        assertThat(created.getAliases()).extracting(Alias::getName).containsExactly("KH");
        assertThat(((EntityView) getCurrentView()).title.getText()).isEqualTo(name);
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        EntityView view = open(person(entities, unique("Ammar al-Hakim"), "al-Hakim"));
        test(view.details.description).setValue("Leader of the National Wisdom Movement");

        UI.getCurrent().navigate(EntitiesView.class);

        assertThat(getCurrentView()).isSameAs(view);
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Discard unsaved changes?");
        test(confirm).confirm();
        assertThat(getCurrentView()).isInstanceOf(EntitiesView.class);
    }

    @Test
    void a_reviewer_saving_after_a_colleague_saved_the_entity_gets_the_conflict_dialog_and_overwrites_nothing() {
        NamedEntity entity = person(entities, unique("Nechirvan Barzani"), "Barzani");
        EntityView view = open(entity);
        Colleague.as("omar", () -> {
            NamedEntity theirs = entities.find(entity.getId()).orElseThrow();
            theirs.setDescription("President of the Kurdistan Region");
            theirs.addAlias("Nechirvan Idris Barzani", "en");
            return entities.save(theirs);
        });

        test(view.details.description).setValue("Prime Minister of the Kurdistan Region");
        test(view.save).click();

        ConflictDialog conflict = find(ConflictDialog.class).single();
        assertThat(find(Paragraph.class).from(conflict).single().getText()).startsWith("omar saved this entity");
        NamedEntity saved = entities.find(entity.getId()).orElseThrow();
        assertThat(saved.getDescription()).isEqualTo("President of the Kurdistan Region");
        assertThat(saved.hasAlias("Nechirvan Idris Barzani")).isTrue();

        test(find(Button.class).withText("Reload saved version").single()).click();

        assertThat(view.details.description.getValue()).isEqualTo("President of the Kurdistan Region");
        assertThat(aliasesOnThePage(view)).contains("Nechirvan Idris Barzani");
        test(view.details.description).setValue("President of the Kurdistan Region since 2019");
        test(view.save).click();
        assertThat(entities.find(entity.getId()).orElseThrow().getDescription())
                .isEqualTo("President of the Kurdistan Region since 2019");
    }

    @Test
    void the_page_links_the_claims_that_mention_the_entity_and_those_it_made() {
        NamedEntity entity = person(entities, unique("Masrour Barzani"), "Masrour");
        Claim made = claim(claims, "Erbil was never a target.", entity);
        Claim mentioning = claim(claims, "Masrour Barzani flew to Washington.", null, entity);

        EntityView view = open(entity);

        // Latest changed first, as the claims grid lists them.
        assertThat(find(Anchor.class).from(view.claims).all()).extracting(Anchor::getHref, Anchor::getText)
                .containsExactly(tuple("claims/" + mentioning.getId(), mentioning.getText()),
                        tuple("claims/" + made.getId(), made.getText()));
        assertThat(view.claims.getElement().getTextRecursively()).contains("Claims (2)", "Claimant", "Mentioned");
    }

    @Test
    void merging_a_duplicate_from_the_page_brings_its_aliases_and_claims_here() {
        NamedEntity survivor = person(entities, unique("Muqtada al-Sadr"), "al-Sadr");
        NamedEntity duplicate = person(entities, unique("Moqtada Sadr"), "Moqtada", "Sayyid Muqtada");
        Claim claim = claim(claims, "Sadr called for the withdrawal.", duplicate, duplicate);
        EntityView view = open(survivor);

        test(view.merge.duplicate).setFilter(duplicate.getName());
        test(view.merge.duplicate).selectItem(duplicate.getName() + " (Person)");
        test(view.merge.merge).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Merge “" + duplicate.getName() + "” into “" + survivor.getName() + "”?");
        test(confirm).confirm();

        assertThat(aliasesOnThePage(view)).containsExactlyInAnyOrder("al-Sadr", "Moqtada", "Sayyid Muqtada", duplicate.getName());
        assertThat(find(Anchor.class).from(view.claims).all()).extracting(Anchor::getHref).containsExactly("claims/" + claim.getId());
        assertThat(entities.find(duplicate.getId())).isEmpty();
    }

    @Test
    void an_entity_cannot_be_merged_into_itself() {
        NamedEntity entity = person(entities, unique("Ali al-Sistani"), "Sistani");
        EntityView view = open(entity);

        test(view.merge.duplicate).setFilter(entity.getName());
        test(view.merge.duplicate).selectItem(entity.getName() + " (Person)");
        test(view.merge.merge).click();

        assertThat(view.merge.duplicate.isInvalid()).isTrue();
        assertThat(view.merge.duplicate.getErrorMessage()).contains("the entity on the page");
        assertThat(find(ConfirmDialog.class).exists()).isFalse();
    }

    @Test
    void a_new_entity_named_like_an_existing_one_is_shown_the_look_alike_with_a_link_to_it() {
        long kadhimi = entities.findBySpelling("Mustafa al-Kadhimi").stream()
                .filter(entity -> entity.getName().equals("Mustafa al-Kadhimi")).mapToLong(NamedEntity::getId).min().orElseThrow();
        EntityView view = navigate(EntityView.NEW, EntityView.class);

        test(view.details.name).setValue("Al-Kazemi");

        assertThat(find(com.vaadin.flow.component.html.Div.class, view.details.nameLookalikes).withClassName("lookalike").all())
                .anySatisfy(line -> {
                    assertThat(line.getElement().getTextRecursively()).startsWith("Looks like Mustafa al-Kadhimi (alias ‘Al-Kazemi’, ");
                    assertThat(find(Anchor.class, line).single().getHref()).isEqualTo("entities/" + kadhimi);
                });
    }

    @Test
    void a_new_alias_spelled_like_another_entity_is_shown_the_look_alike() {
        EntityView view = open(person(entities, unique("Harith Namesake")));

        test(view.aliases.spelling).setValue("Mustafa Al-Kadhimy");

        assertThat(find(com.vaadin.flow.component.html.Div.class, view.aliases).withClassName("lookalike").all())
                .extracting(line -> line.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("Looks like Mustafa al-Kadhimi"));
    }

    private EntityView open(NamedEntity entity) {
        return navigate(EntityView.class, Map.of("id", String.valueOf(entity.getId())));
    }

    private List<String> aliasesOnThePage(EntityView view) {
        return IntStream.range(0, test(view.aliases.aliases).size())
                .mapToObj(row -> test(view.aliases.aliases).getRow(row).getName()).toList();
    }
}
