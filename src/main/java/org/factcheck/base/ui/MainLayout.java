package org.factcheck.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/** Side navigation by feature, the signed-in reviewer with their role, and signing out. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    private static final String COLOR_SCHEME = "factcheck.color-scheme";

    MainLayout(AuthenticationContext authentication, ObjectProvider<NavbarItem> navbarItems) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span("Fact-check database");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title, colorSchemeToggle());
        navbarItems.orderedStream().forEach(item -> addToNavbar(item.create()));
        addToNavbar(signedIn(authentication));
        SideNav navigation = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        });
        addToDrawer(new Scroller(navigation));
    }

    /** Switches between light and dark for this browser tab; the choice lasts for the session. */
    private static Button colorSchemeToggle() {
        Button toggle = new Button(new Icon("vaadin:adjust"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.setAriaLabel("Switch light or dark theme");
        toggle.setTooltipText("Light or dark");
        VaadinSession session = VaadinSession.getCurrent();
        ColorScheme.Value chosen = session == null ? null : (ColorScheme.Value) session.getAttribute(COLOR_SCHEME);
        if (chosen != null) {
            UI.getCurrent().getPage().setColorScheme(chosen);
        }
        toggle.addClickListener(click -> {
            ColorScheme.Value current = (ColorScheme.Value) VaadinSession.getCurrent().getAttribute(COLOR_SCHEME);
            ColorScheme.Value next = current == ColorScheme.Value.DARK ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK;
            VaadinSession.getCurrent().setAttribute(COLOR_SCHEME, next);
            UI.getCurrent().getPage().setColorScheme(next);
        });
        return toggle;
    }

    private static Div signedIn(AuthenticationContext authentication) {
        // Roles include each other, so the highest one says it all.
        String role = Stream.of("ADMIN", "EDITOR", "REVIEWER").filter(authentication::hasRole).findFirst().orElse("");
        Span who = new Span(authentication.getPrincipalName().orElse("") + " · " + role);
        who.addClassName("signed-in");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div box = new Div(who, signOut);
        box.addClassName("signed-in-box");
        return box;
    }
}
