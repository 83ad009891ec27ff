package org.tutela.bip;

/**
 * Where a referral stands. {@code EXPIRED} is never stored: a referral still open a year after its creation shows as
 * expired from that day on, and takes no new sessions.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, ENROLLED, ATTENDING, DISCHARGED, EXPIRED;

    /** Whether a referral in this stored status is still open (not declined or discharged). */
    boolean open() {
        return this == SENT || this == ACCEPTED || this == ENROLLED || this == ATTENDING;
    }

    /**
     * The status a referral shows on a day: its stored status, or {@code EXPIRED} from its expiry day on while it is
     * still open. The one rule in Java; {@code CaseAccess.liveReferral} is the same in SQL.
     */
    public static ReferralStatus shown(String stored, java.time.LocalDate expiresOn, java.time.LocalDate day) {
        ReferralStatus status = valueOf(stored);
        return status.open() && !day.isBefore(expiresOn) ? EXPIRED : status;
    }
}
