package org.tutela.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** A file as a user sent it: its name and content. The type it claims is ignored: {@link FileType} reads it. */
public record Upload(String name, byte[] content) {

    /** The largest file kept: 20 MB (a scanned sign-in sheet or a slide deck fits many times). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The upload of a multipart part; empty when no file was chosen. */
    public static Optional<Upload> of(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Upload(file.getOriginalFilename(), file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
