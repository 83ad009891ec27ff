package org.tutela.bip;

/** A participant at a group session. */
public enum Attendance {
    PRESENT, ABSENT, EXCUSED
}
