package org.factcheck.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.Application;
import org.factcheck.SeparateApplications;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.util.FileSystemUtils;

/** Starts and stops the whole app on one data folder, as a desk restarting its server would. */
@ExtendWith({OutputCaptureExtension.class, SeparateApplications.class})
class RestartTest {

    @TempDir
    Path data;

    @Test
    void a_reviewers_edit_survives_a_restart_and_the_seed_adds_nothing_the_second_time() {
        long claimId;
        long claims;
        try (ConfigurableApplicationContext app = start(Path.of("seed"))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            claims = jdbc.sql("select count(*) from claim").query(Long.class).single();
            // One without a published verdict: a published fact-check's text is not edited (F-06).
            claimId = jdbc.sql("select min(id) from claim c where not exists (select 1 from verdict v "
                    + "where v.claim_id = c.id and v.status = 'PUBLISHED')").query(Long.class).single();
            TestSecurityContextHolder.setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                            "reviewer-one", null,
                            org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_REVIEWER")));
            try {
                ClaimService service = app.getBean(ClaimService.class);
                Claim claim = service.find(claimId).orElseThrow();
                claim.setText("Edited by a reviewer before the restart.");
                service.save(claim);
            } finally {
                TestSecurityContextHolder.clearContext();
            }
        }

        try (ConfigurableApplicationContext app = start(Path.of("seed"))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select text from claim where id = ?").param(claimId).query(String.class).single())
                    .isEqualTo("Edited by a reviewer before the restart.");
            assertThat(jdbc.sql("select updated_by from claim where id = ?").param(claimId).query(String.class).single())
                    .isEqualTo("reviewer-one");
            assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single()).isEqualTo(claims);
        }
    }

    @Test
    void without_a_configured_password_the_first_admin_gets_a_random_one_shown_once(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start(Path.of("seed"), "--factcheck.admin.password=")) {
            Matcher shown = Pattern.compile("Created the first account: admin / (\\S+)").matcher(output.getAll());
            assertThat(shown.find()).as("the generated password is printed").isTrue();
            UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            assertThat(encoder.matches(shown.group(1), admin.getPassword())).isTrue();
            assertThat(encoder.matches("admin", admin.getPassword())).isFalse();
            assertThat(admin.getPassword()).startsWith("{bcrypt}");
        }
    }

    @Test
    void the_app_refuses_to_start_on_a_seed_whose_document_changed(@TempDir Path brokenSeed) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("seed"), brokenSeed);
        Path document = brokenSeed.resolve("documents/002_93a72a21d3ae996a.txt");
        Files.writeString(document, "\nAn extra line.", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> start(brokenSeed).close())
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("002_93a72a21d3ae996a.txt has changed");
    }

    private ConfigurableApplicationContext start(Path seed, String... moreArguments) {
        String[] arguments = new String[moreArguments.length + 3];
        arguments[0] = "--factcheck.embedded-database.data-directory=" + data.resolve("postgres");
        arguments[1] = "--factcheck.seed.location=" + seed;
        arguments[2] = "--server.port=0";
        System.arraycopy(moreArguments, 0, arguments, 3, moreArguments.length);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(arguments);
    }
}
