package org.factcheck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a free port, on its own embedded PostgreSQL, seeded from seed/. Every test class
 * that uses it shares one application context (and so one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface AppTest {

    /** The first admin's password, as application-test.properties sets it. */
    String ADMIN_PASSWORD = "admin-test-password";
}
