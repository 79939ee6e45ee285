package org.factcheck;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global context holder back at the strategy of the test's own application
 * context before each test. Vaadin's strategy keeps the signed-in user in a thread-local of its own
 * instance, and every app a test starts (RestartTest, ExternalDatabaseTest, ...) installs a new one
 * globally: without this, {@code @WithMockUser} would sign in through the shared test app's strategy
 * while the app's code, reading the global one, saw nobody. Registered in META-INF/spring.factories.
 */
public class TestSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before Spring Security's own listener sets up {@code @WithMockUser}. */
    @Override
    public int getOrder() {
        return 5000;
    }
}
