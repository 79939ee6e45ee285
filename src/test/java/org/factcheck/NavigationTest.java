package org.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class NavigationTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "REVIEWER"})
    void every_view_in_the_navigation_opens_for_an_admin() {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        assertThat(entries).extracting(MenuEntry::title).contains("Dashboard", "Sources", "Claims");

        for (MenuEntry entry : entries) {
            navigate(entry.path(), entry.menuClass());
            assertThat(find(H2.class).exists()).as(entry.title() + " shows its heading").isTrue();
        }
    }
}
