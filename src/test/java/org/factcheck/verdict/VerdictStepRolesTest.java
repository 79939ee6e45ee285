package org.factcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may take each step is said twice on purpose: the workflow offers a step only to the roles
 * {@link VerdictStep#role()} names, and the service refuses everyone else ({@code @PreAuthorize}). The
 * two must agree, or the claim page would offer a step the service refuses, or hide one it allows.
 */
class VerdictStepRolesTest {

    private static final Map<VerdictStep, String> SERVICE_METHOD = Map.of(
            VerdictStep.START_DRAFT, "startDraft",
            VerdictStep.SUBMIT, "submitForReview",
            VerdictStep.SEND_BACK, "sendBack",
            VerdictStep.PUBLISH, "publish",
            VerdictStep.CORRECT, "correct",
            VerdictStep.PUBLISH_CORRECTION, "publishCorrection",
            VerdictStep.RETRACT, "retract",
            VerdictStep.IMPORT_PUBLISHED, "publishApproved");

    @Test
    void every_step_is_refused_by_the_service_below_the_role_the_workflow_offers_it_to() {
        assertThat(SERVICE_METHOD).containsOnlyKeys(VerdictStep.values());
        SERVICE_METHOD.forEach((step, name) -> {
            Method[] methods = Arrays.stream(VerdictService.class.getMethods()).filter(m -> m.getName().equals(name))
                    .toArray(Method[]::new);
            assertThat(methods).as(name).isNotEmpty();
            for (Method method : methods) {
                PreAuthorize guard = method.isAnnotationPresent(PreAuthorize.class) ? method.getAnnotation(PreAuthorize.class)
                        : VerdictService.class.getAnnotation(PreAuthorize.class);
                assertThat(guard.value()).as(step + " through " + method).isEqualTo("hasRole('" + step.role() + "')");
            }
        });
    }
}
