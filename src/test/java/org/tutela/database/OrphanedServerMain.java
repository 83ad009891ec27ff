package org.tutela.database;

import java.nio.file.Path;

/** Starts a durable embedded server on a data folder and waits: the test kills this JVM with SIGKILL. */
public final class OrphanedServerMain {

    private OrphanedServerMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), true);
        System.out.println("READY " + db.jdbcUrl());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
