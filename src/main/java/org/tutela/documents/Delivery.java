package org.tutela.documents;

/** How a training or meeting is held, which decides the attendance proof it needs (C.2.5.4.3, C.2.5.4.4). */
public enum Delivery {
    IN_PERSON, ONLINE, HYBRID;

    /** C.2.5.4.3: a titled sign-in sheet with original signatures, for those present in person. */
    public boolean needsSignInSheet() {
        return this != ONLINE;
    }

    /** C.2.5.4.4: the online platform's roll or a screenshot with the attendees' names, for those online. */
    public boolean needsOnlineRoll() {
        return this != IN_PERSON;
    }
}
