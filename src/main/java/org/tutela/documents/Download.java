package org.tutela.documents;

/** A kept file's name, type and content, to send as an attachment. */
public record Download(String name, String contentType, byte[] content) {
}
