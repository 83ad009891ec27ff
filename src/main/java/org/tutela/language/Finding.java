package org.tutela.language;

/** A rule's finding in a text: where (character offsets, end exclusive), the words, and why, in the reader's language. */
public record Finding(String rule, int start, int end, String excerpt, String reason) {
}
