package org.tutela.compliance;

/** Evidence attached to a compliance check: a PDF, PNG or JPEG of at most 20 MB, its type read from its content. */
public record Attachment(String name, String contentType, byte[] content) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The type the content really has, from its first bytes, or null when it is none of the three allowed. */
    public static String sniff(byte[] content) {
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
                && content[4] == '-') {
            return "application/pdf";
        }
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G' && content[4] == 0x0d && content[5] == 0x0a && content[6] == 0x1a
                && content[7] == 0x0a) {
            return "image/png";
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
