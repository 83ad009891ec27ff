package org.tutela.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;
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

    static synchronized EmbeddedDatabase shared(Path dataDir, boolean durable, boolean fresh) {
        return servers.computeIfAbsent(dataDir, dir -> {
            if (fresh) {
                try {
                    EmbeddedDatabase.stopOrphanedServer(dir);
                    FileSystemUtils.deleteRecursively(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return EmbeddedDatabase.start(dir, durable);
        });
    }
}
