package org.tutela.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded server per data folder and JVM, so that several application contexts in one JVM (tests) share it.
 * The last context to let go of it stops it, after its connection pool has closed: the server is not stopped by a
 * JVM shutdown hook of its own, which would race with the application's last audit seal and checkpoint.
 */
final class EmbeddedServers {

    private static final Map<Path, EmbeddedDatabase> servers = new HashMap<>();
    private static final Map<Path, Integer> users = new HashMap<>();
    private static final Set<Path> emptied = new HashSet<>();

    private EmbeddedServers() {
    }

    static synchronized EmbeddedDatabase acquire(Path home, Path binaries, boolean durable) {
        EmbeddedDatabase server = servers.computeIfAbsent(home, dir -> EmbeddedDatabase.start(dir, binaries, durable));
        users.merge(home, 1, Integer::sum);
        return server;
    }

    static synchronized void release(Path home) {
        if (users.merge(home, -1, Integer::sum) > 0) {
            return;
        }
        users.remove(home);
        try {
            servers.remove(home).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests: empties the data folder (server, passwords, audit files) the first time this JVM uses it. */
    static synchronized void emptyOnce(Path home) {
        if (!emptied.add(home) || servers.containsKey(home)) {
            return;
        }
        try {
            EmbeddedDatabase.stopOrphanedServer(home.resolve(EmbeddedDatabase.POSTGRES_FOLDER));
            FileSystemUtils.deleteRecursively(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
