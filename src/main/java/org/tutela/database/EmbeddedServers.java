package org.tutela.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded server per data folder and JVM, so that several application contexts in one JVM (tests)
 * share it. The library stops it when the JVM exits.
 */
final class EmbeddedServers {

    private static final Map<Path, EmbeddedDatabase> servers = new HashMap<>();

    private EmbeddedServers() {
    }

    static synchronized EmbeddedDatabase shared(Path dataDir, boolean durable) {
        return servers.computeIfAbsent(dataDir, dir -> EmbeddedDatabase.start(dir, durable));
    }
}
