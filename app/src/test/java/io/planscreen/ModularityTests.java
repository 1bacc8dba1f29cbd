package io.planscreen;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PlanScreenApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules).writeDocumentation();
    }
}
