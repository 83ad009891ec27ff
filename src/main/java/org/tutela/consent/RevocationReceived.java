package org.tutela.consent;

/** How the survivor's revocation of a release reached the center. */
public enum RevocationReceived { IN_WRITING, IN_PERSON, BY_PHONE, BY_EMAIL }
