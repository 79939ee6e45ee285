package org.factcheck.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.factcheck.AppTest;
import org.factcheck.Application;
import org.factcheck.Browser;
import org.factcheck.SeparateApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A signed-in tab left open and idle is signed out once the session timeout has passed, although
 * its Vaadin heartbeats go on keeping the HTTP session in use (vaadin.closeIdleSessions, with
 * IdleSessionSignOut ending the HTTP session too); so is a login page left open. The
 * timeout here is the configured one cut to {@link #IDLE} by a session listener (Tomcat counts
 * server.servlet.session.timeout in whole minutes); Vaadin reads it from each session, as it reads
 * the 30 minutes in production. Heartbeats come every 2 s here instead of every 5 minutes, so that
 * they keep the session in use as they do in production.
 */
@ExtendWith(SeparateApplications.class)
class IdleSessionTest {

    private static final Duration IDLE = Duration.ofSeconds(10);

    @Test
    void an_idle_tab_is_signed_out_after_the_timeout_though_its_heartbeats_go_on() throws IOException {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class, ShortSessions.class)
                .profiles("test")
                .run("--server.port=0", "--server.servlet.session.timeout=1m", "--vaadin.heartbeatInterval=2");
             Browser browser = new Browser()) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            Manager sessions = ((Context) ((TomcatWebServer) ((WebServerApplicationContext) app).getWebServer()).getTomcat()
                    .getHost().findChildren()[0]).getManager();

            Page anonymous = browser.newPage();
            anonymous.navigate(base + "/login");
            assertThat(anonymous.getByLabel("Username")).isVisible();
            String anonymousSession = sessionId(anonymous);
            assertThat(anonymousSession).as("the login page opens a session").isNotNull();
            assertThat(ShortSessions.configured.get()).as("with the configured timeout, in seconds").isEqualTo(60);

            Page page = browser.newPage();
            page.navigate(base + "/login");
            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AppTest.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
            String signedInSession = sessionId(page);
            AtomicInteger heartbeats = new AtomicInteger();
            page.onRequestFinished(request -> {
                if (request.url().contains("v-r=heartbeat")) {
                    heartbeats.incrementAndGet();
                }
            });

            page.waitForTimeout(IDLE.plusSeconds(5).toMillis());

            assertThat(heartbeats.get()).as("the idle tab kept sending heartbeats").isGreaterThanOrEqualTo(4);
            // The idle tab went to the login page by itself: its next heartbeat found the session ended.
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(sessions.findSession(signedInSession)).as("the signed-in session is ended").isNull();
            assertThat(sessions.findSession(anonymousSession)).as("the login page's session is ended too").isNull();
            page.navigate(base + "/sources");
            // The sign-in is gone, not only the Vaadin session.
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByLabel("Username")).isVisible();
        }
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse(null);
    }

    /** Cuts every new session's timeout to {@link #IDLE}, noting the configured one. */
    static class ShortSessions implements HttpSessionListener {

        static final AtomicInteger configured = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent created) {
            configured.set(created.getSession().getMaxInactiveInterval());
            created.getSession().setMaxInactiveInterval((int) IDLE.toSeconds());
        }
    }
}
