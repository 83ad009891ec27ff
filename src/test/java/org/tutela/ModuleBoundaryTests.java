package org.tutela;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules use each other only through their top-level API packages, without cycles. */
class ModuleBoundaryTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TutelaApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesAreTheOnesWeMeant() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("access", "audit", "caseload", "database", "demo", "directory", "home", "shared");
    }
}
