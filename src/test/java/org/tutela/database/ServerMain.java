package org.tutela.database;

import java.nio.file.Path;

/**
 * Starts a durable embedded server in a JVM of its own (the library extracts its programs once per JVM), on the data
 * folder {@code args[0]} with the programs in {@code args[1]}, prints {@code READY <url>} and stops the server when
 * its input ends. A test may instead kill this JVM with SIGKILL.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), Path.of(args[1]), true)) {
            System.out.println("READY " + db.jdbcUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes our input
            }
        }
    }
}
