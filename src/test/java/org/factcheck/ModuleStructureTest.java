package org.factcheck;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void features_depend_on_each_other_only_through_their_public_api_and_without_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
