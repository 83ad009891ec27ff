package org.tutela.caseload;

/**
 * A US phone number, written any usual way ("(305) 555-0123", "305.555.0123", "+1 305 555 0123"), stored in one
 * format (E.164: +13055550123) and shown in the usual one ("(305) 555-0123").
 */
final class UsPhone {

    /** What a stored number looks like: +1, then a 10-digit NANP number (area code and exchange not 0 or 1). */
    static final String STORED = "\\+1[2-9][0-9]{2}[2-9][0-9]{6}";

    private UsPhone() {
    }

    /** The number as stored, or the text as written when it is not a US number (for the rule to refuse it). */
    static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.trim().replaceAll("[\\s().\\-]", "");
        if (digits.startsWith("+1")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        String stored = "+1" + digits;
        return stored.matches(STORED) ? stored : text.trim();
    }

    /** A stored number as people write it; anything else as it is. */
    static String shown(String stored) {
        if (stored == null || !stored.matches(STORED)) {
            return stored;
        }
        return "(" + stored.substring(2, 5) + ") " + stored.substring(5, 8) + "-" + stored.substring(8);
    }
}
