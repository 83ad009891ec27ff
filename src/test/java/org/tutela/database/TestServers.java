package org.tutela.database;

import java.nio.file.Path;

/**
 * Tests: embedded servers of their own, with the programs that the whole test run shares, extracted once into a
 * folder outside the data folders that tests empty (the same as tutela.db.binaries-dir in application-test.properties).
 */
public final class TestServers {

    public static final Path BINARIES = Path.of("target", "postgres-binaries");

    private TestServers() {
    }

    public static EmbeddedDatabase start(Path home) {
        return EmbeddedDatabase.start(home, BINARIES, false);
    }
}
