package org.tutela.bip;

/**
 * Why a participant leaves the program. The end of the program is "attended 26 of 26 sessions" (seed 001: no
 * certificate of completion), never "completed" or "graduated".
 */
public enum DischargeReason {
    ATTENDED_26_OF_26, NON_ATTENDANCE, RULE_VIOLATIONS, NEW_OFFENSE, MOVED_AWAY, OTHER
}
