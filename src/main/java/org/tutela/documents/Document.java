package org.tutela.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A kept file as listed beside the record it belongs to; its content is read through {@link Documents#read}. */
public record Document(UUID id, UUID ownerId, DocumentPurpose purpose, String name, String contentType, int size,
                       String uploadedBy, OffsetDateTime uploadedAt) {
}
