package org.factcheck.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no accounts at all) creates the {@code admin} account, with the password from
 * FACTCHECK_ADMIN_PASSWORD or, without it, a random one printed once to the log. There is no
 * fixed default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

    private final ReviewerService reviewers;
    private final String configuredPassword;

    FirstAdminAccount(ReviewerService reviewers, @Value("${factcheck.admin.password:}") String configuredPassword) {
        this.reviewers = reviewers;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!reviewers.noAccountsYet()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        reviewers.createAccount(new Reviewer("admin", "Administrator", Role.ADMIN), password);
        if (generated) {
            log.warn("""

                    ==========================================================================
                    Created the first account: admin / {}
                    This password is shown only once. Set FACTCHECK_ADMIN_PASSWORD to choose it.
                    ==========================================================================""", password);
        } else {
            log.info("Created the first account 'admin' with the password from FACTCHECK_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
