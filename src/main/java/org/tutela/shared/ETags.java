package org.tutela.shared;

/** Versions as entity tags, and the version a caller expects from {@code If-Match} or a {@code version} field. */
public final class ETags {

    private ETags() {
    }

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version named by an {@code If-Match} header, or null when there is none. */
    public static Integer fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new EditConflict(true);
        }
    }
}
