package org.factcheck.entity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.factcheck.AppTest;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.stream.IntStream;
import org.factcheck.entity.EntitySummary;
import org.factcheck.entity.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The list of entities, without a browser. */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class EntitiesViewTest extends SpringBrowserlessTest {

    @Test
    void a_reviewer_finds_an_entity_by_a_spelling_of_one_of_its_aliases() {
        EntitiesView view = navigate(EntitiesView.class);

        test(view.spelling).setValue("kazemi");

        assertThat(rows(view)).extracting(EntitySummary::name).containsExactly("Mustafa al-Kadhimi");
        assertThat(test(view.grid).getCellText(0, 2)).contains("Al-Kazemi", "al-Kazimi");
    }

    @Test
    void the_filter_is_as_lenient_as_the_global_search() {
        EntitiesView view = navigate(EntitiesView.class);

        test(view.spelling).setValue("Soleimany");
        assertThat(rows(view)).extracting(EntitySummary::name).contains("Qasem Soleimani");

        test(view.spelling).setValue("Kadhemi");
        assertThat(rows(view)).extracting(EntitySummary::name).contains("Mustafa al-Kadhimi");
    }

    @Test
    void the_type_filter_narrows_the_list_to_one_kind_of_entity() {
        EntitiesView view = navigate(EntitiesView.class);
        int all = test(view.grid).size();

        test(view.type).selectItem("Place");

        assertThat(rows(view)).isNotEmpty().hasSizeLessThan(all).extracting(EntitySummary::type).containsOnly(EntityType.PLACE);
    }

    @Test
    void the_list_sorts_by_name_and_by_type() {
        EntitiesView view = navigate(EntitiesView.class);

        assertThat(test(view.grid).isColumnSortable("name")).isTrue();
        assertThat(test(view.grid).isColumnSortable("type")).isTrue();

        test(view.grid).sortByColumn("type", SortDirection.DESCENDING);

        assertThat(test(view.grid).getRow(0).type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void clicking_an_entity_opens_its_page() {
        EntitiesView view = navigate(EntitiesView.class);
        test(view.spelling).setValue("Kazemi");

        test(view.grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(EntityView.class);
        assertThat(((EntityView) getCurrentView()).details.name.getValue()).isEqualTo("Mustafa al-Kadhimi");
    }

    @Test
    void a_reviewer_sees_entities_but_not_accounts_in_the_navigation() {
        navigate(EntitiesView.class);

        assertThat(find(SideNavItem.class).from(find(SideNav.class).single()).all()).extracting(SideNavItem::getLabel)
                .contains("Entities").doesNotContain("Accounts");
    }

    private List<EntitySummary> rows(EntitiesView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(test(view.grid)::getRow).toList();
    }
}
