package org.tutela.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The file types Tutela keeps, each recognised by its content, never by the name or the type the sender claims. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    static final Set<FileType> SCANS = EnumSet.of(PDF, PNG, JPEG);
    static final Set<FileType> OFFICE_AND_SCANS = EnumSet.allOf(FileType.class);

    /** An Office file names its main part among the first entries; reading further would only open a door to bombs. */
    private static final int ZIP_ENTRIES_READ = 50;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        for (FileType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type the content really has, from its first bytes (and, for Office files, the names of its parts). */
    public static Optional<FileType> of(byte[] c) {
        if (starts(c, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return Optional.of(PNG);
        }
        if (starts(c, 0xff, 0xd8, 0xff)) {
            return Optional.of(JPEG);
        }
        if (starts(c, 'P', 'K', 3, 4)) {
            return office(c);
        }
        return Optional.empty();
    }

    private static Optional<FileType> office(byte[] c) {
        boolean contentTypes = false;
        FileType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(c))) {
            ZipEntry e;
            for (int i = 0; i < ZIP_ENTRIES_READ && (e = zip.getNextEntry()) != null; i++) {
                String name = e.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.equals("word/document.xml")) {
                    found = DOCX;
                } else if (name.equals("ppt/presentation.xml")) {
                    found = PPTX;
                }
                if (contentTypes && found != null) {
                    return Optional.of(found);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable ZIP: not an Office file
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] c, int... prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((c[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
